// Eleventy ships no type declarations for its programmatic API; this is the part the build uses.
declare module "@11ty/eleventy" {
  interface EleventyConfig {
    setIncludesDirectory(folder: string): void;
    on(event: "eleventy.contentMap", listener: (map: { urlToInputPath: Record<string, unknown> }) => void): void;
    addTransform(name: string, transform: (content: string) => string): void;
  }
  interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    pathPrefix?: string;
    config?: (config: EleventyConfig) => void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<unknown>;
  }
}
