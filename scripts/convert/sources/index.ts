import { livemint } from "./livemint.ts";
import type { SourceProfile } from "./profile.ts";

/** Every site the converter knows; a seed matches the first that recognises it. */
export const profiles: SourceProfile[] = [livemint];
