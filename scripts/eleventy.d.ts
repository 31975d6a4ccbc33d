// Eleventy ships no type declarations for its programmatic API; this is the part the build and the dev server use.
declare module "@11ty/eleventy" {
  interface EleventyConfig {
    setIncludesDirectory(folder: string): void;
    /** Data every template sees; a function is called once per build. */
    addGlobalData(name: string, data: () => unknown): void;
    /** Globs relative to the project's folder that Eleventy does not read as templates. */
    ignores: Set<string>;
    /** A template that is not a file: `path` is relative to the input folder, `text` is what the file would hold. */
    addTemplate(path: string, text: string, data: Record<string, unknown>): void;
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
    config?: (config: EleventyConfig) => void | Promise<void>;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    init(): Promise<void>;
    /** Silences Eleventy's own console output, its summary line included. */
    disableLogger(): void;
    write(): Promise<unknown>;
    /** Builds, then rebuilds on every change to the input, the layouts and the watch targets. */
    watch(): Promise<void>;
    serve(port: number): Promise<void>;
    /** The file watcher (chokidar), once `watch()` has started it. */
    watcher?: { on(event: "unlink", listener: (path: string) => void): void; emit(event: "change", path: string): boolean };
  }
}
