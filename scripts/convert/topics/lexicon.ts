import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMap, isNode, isScalar, LineCounter, parseDocument } from "yaml";
import { z } from "zod";

import { type TopicKind, topicKinds } from "./kinds.ts";

export { type TopicKind, topicKinds };

/** A name the lexicon knows, with every way articles write it. */
export interface KnownName {
  kind: TopicKind;
  name: string;
  forms: string[];
}

export interface Lexicon {
  names: KnownName[];
  /** Each form (canonical names included) → the name it stands for. */
  byForm: Map<string, KnownName>;
  titles: Set<string>;
  /** Words of roles written before or beside a name, not part of it ("manager", "chancellor"): they say who someone is. */
  roles: Set<string>;
  ignored: Set<string>;
  /** Last words of events' names ("Cup" in Davis Cup): an event is no topic. */
  events: Set<string>;
  /** Names that are never one topic, though they look like two forms of one ("George Bush", "George W Bush"). */
  separate: Set<string>;
}

const name = z.string().trim().min(1).max(100);
const names = z.record(
  name,
  z
    .array(name)
    .nullable()
    .transform((forms) => forms ?? []),
);
const lexiconSchema = z.strictObject({
  people: names.default({}),
  organizations: names.default({}),
  places: names.default({}),
  titles: z.array(name).default([]),
  roles: z.array(name).default([]),
  ignore: z.array(name).default([]),
  events: z.array(name).default([]),
  separate: z.array(z.tuple([name, name])).default([]),
});

/** `lexicon.yaml:12:5: …`: where a maintainer's edit went wrong, in the editor's terms. */
function problem(path: string, lineCounter: LineCounter, offset: number, message: string): Error {
  const { line, col } = lineCounter.linePos(offset);
  return new Error(`${path}:${line}:${col}: ${message}`);
}

/** The key of a pair the lexicon keeps apart, whichever way round it is written. */
export const separateKey = (names: readonly [string, string]) => [...names].sort().join("\0");

/** Reads and checks the lexicon; a mistake in it throws, naming its line. */
export function parseLexicon(text: string, path: string): Lexicon {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const [invalid] = document.errors;
  if (invalid) throw problem(path, lineCounter, invalid.pos[0], `not valid YAML (${invalid.code})`);
  /** Where a value is written, or with `key`, where that key of the map at `keys` is. */
  const offsetOf = (keys: readonly PropertyKey[], key?: string) => {
    const node = document.getIn(keys.map(String), true) ?? (keys.length === 0 ? document.contents : undefined);
    if (key !== undefined && isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      return isNode(pair?.key) ? (pair.key.range?.[0] ?? 0) : 0;
    }
    return isNode(node) ? (node.range?.[0] ?? 0) : 0;
  };
  const checked = lexiconSchema.safeParse(document.toJS() ?? {});
  if (!checked.success) {
    const [issue] = checked.error.issues;
    const at = issue?.path ?? [];
    // An unknown key has no path of its own: the map it is in has, and the issue names the key.
    const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const where = [...at, ...(unknownKey === undefined ? [] : [unknownKey])].join(".");
    throw problem(path, lineCounter, offsetOf(at, unknownKey), `${where === "" ? "" : `${where}: `}${issue?.message ?? "invalid"}`);
  }
  const byForm = new Map<string, KnownName>();
  const known: KnownName[] = [];
  for (const kind of topicKinds) {
    for (const [canonical, aliases] of Object.entries(checked.data[kind])) {
      const entry: KnownName = { kind, name: canonical, forms: [canonical, ...aliases] };
      entry.forms.forEach((form, index) => {
        const taken = byForm.get(form);
        if (taken && taken !== entry) {
          const offset = index === 0 ? offsetOf([kind], canonical) : offsetOf([kind, canonical, index - 1]);
          throw problem(path, lineCounter, offset, `"${form}" already stands for ${taken.kind}: ${taken.name}; a form can name one topic only`);
        }
        byForm.set(form, entry);
      });
      known.push(entry);
    }
  }
  return {
    names: known,
    byForm,
    titles: new Set(checked.data.titles),
    roles: new Set(checked.data.roles),
    ignored: new Set(checked.data.ignore),
    events: new Set(checked.data.events),
    separate: new Set(checked.data.separate.map(separateKey)),
  };
}

const lexiconFile = fileURLToPath(new URL("./lexicon.yaml", import.meta.url));

/** The project's lexicon: data, read once like any other module the converter is made of. */
export const lexicon: Lexicon = parseLexicon(readFileSync(lexiconFile, "utf8"), "scripts/convert/topics/lexicon.yaml");
