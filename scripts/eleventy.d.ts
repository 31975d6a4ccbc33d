// Eleventy ships no type declarations for its programmatic API; this is the part the build and the dev server use.
declare module "@11ty/eleventy" {
  interface EleventyConfig {
    setIncludesDirectory(folder: string): void;
    on(event: "eleventy.contentMap", listener: (map: { urlToInputPath: Record<string, unknown> }) => void): void;
    on(event: "eleventy.after", listener: () => Promise<void>): void;
    addTransform(name: string, transform: (content: string) => string): void;
    setWatchJavaScriptDependencies(watch: boolean): void;
    setServerOptions(options: { messageOnStart?: (server: { localhostUrl: string }) => string | false; showVersion?: boolean }): void;
  }
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    runMode?: "build" | "watch" | "serve";
    config?: (config: EleventyConfig) => void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    /** Builds, then rebuilds on every change to the input, the layouts and the watch targets. */
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
    /** The file watcher (chokidar), once `watch()` has started it. */
    watcher?: { on(event: "unlink", listener: (path: string) => void): void; emit(event: "change", path: string): boolean };
  }
}
