/** How every page says that the source did not state a fact: one wording for each, everywhere. */
export const notStated = { source: "Source not stated", section: "Section not stated", date: "Date not stated" } as const;
