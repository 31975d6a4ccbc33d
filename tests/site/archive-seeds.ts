import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// An archive of 300 seeds, in the shape real scrapes have: most undated, a third dated, from three
// sources, in four section folders. Each story has words of its own, so none is a near-copy of another.
const places = ["Oban", "Tarbert", "Portree", "Mallaig", "Ullapool", "Stornoway", "Kyle", "Lochinver", "Dunoon", "Rothesay"];
const subjects = ["ferry", "harbour", "school", "library", "bridge", "clinic", "market", "museum", "railway", "festival"];
const verbs = ["approves", "delays", "opens", "closes", "funds", "reviews"];
const sections = ["local", "business", "transport", "culture"];
const sources = ["Island News", "Coast Courier", "Highland Wire"];

const placeOf = (n: number) => places[n % 10] as string;
const subjectOf = (n: number) => subjects[Math.floor(n / 10) % 10] as string;
export const headlineOf = (n: number, verb = verbs[Math.floor(n / 100) % 6] as string) => `${placeOf(n)} council ${verb} the ${subjectOf(n)} plan, number ${n}`;

function seedText(n: number): string {
  const [place, subject] = [placeOf(n), subjectOf(n)];
  const front = [`source: ${sources[n % 3]}`, ...(n % 3 === 0 ? [`date: 20${10 + (n % 15)}-${String((n % 12) + 1).padStart(2, "0")}-15`] : [])];
  const headline = headlineOf(n);
  const body = [
    `The council in ${place} met on Tuesday to discuss the ${subject}, item ${n} on its agenda.`,
    `Councillor ${n} said the ${subject} in ${place} had waited ${n % 7} years for a decision.`,
    `Residents of ${place} were told the ${subject} would cost ${n * 13} thousand pounds.`,
  ];
  return `---\n${front.join("\n")}\n---\n${headline}\n\n${body.join("\n\n")}\n`;
}

export const seedPath = (n: number) => join(sections[n % 4] as string, `story-${String(n).padStart(3, "0")}.txt`);

export async function archiveSeeds(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), "broadsheet-archive-"));
  for (const section of sections) await mkdir(join(folder, section));
  for (let n = 1; n <= 300; n++) await writeFile(join(folder, seedPath(n)), seedText(n));
  return folder;
}
