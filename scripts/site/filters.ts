/** `2025-04-02` → `2 April 2025`; a date-time keeps only its date, read in UTC so no machine's zone shows. */
export function readableDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
}
