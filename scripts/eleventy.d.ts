// Eleventy ships no type declarations for its programmatic API; this is the part the build uses.
declare module "@11ty/eleventy" {
  interface EleventyConfig {
    setIncludesDirectory(folder: string): void;
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
