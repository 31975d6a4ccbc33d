// What the words around a name say it is: "Liverpool beat Everton" is a club, "in Liverpool" a place.
import type { TopicKind } from "./kinds.ts";
import type { Mention } from "./mentions.ts";
import { countryWords } from "./names.ts";

/** The end of a word: no letter or digit follows. */
const wordEnd = "(?![\\p{L}\\p{N}])";
const wordStart = "(?<![\\p{L}\\p{N}])";

/**
 * Words that, written just before or after a name, say what kind of thing it is. Each pattern
 * is one reason; a name's kind in an article is the kind most of its mentions' contexts give.
 */
const contexts: { kind: TopicKind | "none"; before?: string; after?: string; why: string }[] = [
  {
    kind: "none",
    before: "(?:film|films|movie|album|single|song|show|series|sitcom|soap|drama|documentary|book|novel|musical|play|opera|game|programme)",
    why: "a work, not a topic (the film Vera Drake); a firm's products are not read, since the firm's name comes first (Microsoft software)",
  },
  { kind: "organizations", after: "(?:beat|beaten|drew|draw with|lost to|thrashed|edged|won at)", why: "a side that plays (Liverpool beat Everton)" },
  {
    kind: "organizations",
    after: "(?:['’]s? )?(?:manager|boss|striker|midfielder|defender|goalkeeper|keeper|winger|skipper|coach|fans|supporters|squad|team-mates|chairman|players?)",
    why: "a club's people (the Southampton manager)",
  },
  {
    kind: "organizations",
    before: "(?:beat|against|joined|signed for|sign for|rivals|draw with|loss to|win over|victory over)",
    why: "a side played or joined",
  },
  {
    kind: "organizations",
    after:
      "(?:(?:['’]s? )?(?:shares|share price|shareholders|profits?|chief executive|executives|spokesman|spokeswoman|board|subsidiary|takeover)|(?:said|says|reported|announced|posted|reports) its)",
    why: "a firm's shares, profits and people, and what it says of itself (Yahoo said its profits rose)",
  },
  {
    kind: "organizations",
    before:
      "(?:shares in|stake in|firm|company|group|giant|maker|retailer|carrier|airline|broadcaster|network|club|side|band|label|website|search engine|provider|operator|developer|publisher|analysts|consultancy|regulator|watchdog|union|charity)",
    why: "named as a firm or club",
  },
  {
    kind: "places",
    before: "(?<!(?:shares|stake|invest|invested|investment|interest) )(?:in|near|outside|across|around|north of|south of|east of|west of|city of|town of)",
    why: "somewhere things happen (in Liverpool)",
  },
  { kind: "people", before: "(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\\.?", why: "an honorific (Mr Blair)" },
  { kind: "people", after: ",? who", why: "who, not which" },
];

/** Each context as one anchored pattern: `after` read from the end of a mention, `before` up to its start. */
const patterns = contexts.map((context) => ({
  kind: context.kind,
  after: context.after === undefined ? undefined : new RegExp(`^ ${context.after}${wordEnd}`, "u"),
  before: context.before === undefined ? undefined : new RegExp(`${wordStart}${context.before} $`, "u"),
}));
/** As much text around a mention as any context reads. */
const reach = 40;

/**
 * The kind the contexts of a name's mentions point to, `none` when they make it a work (no topic), or undefined when they point nowhere or are split evenly. A country is a place whatever its national side does ("England beat Wales").
 */
export function kindInContext(text: string, mentions: readonly Mention[], modelKind: TopicKind | undefined): TopicKind | "none" | undefined {
  if (modelKind === "places" && mentions.some(({ form }) => countryWords.has(form.toLowerCase()))) return "places";
  const tally = new Map<TopicKind | "none", number>();
  for (const { at, form } of mentions) {
    const end = at + form.length;
    const before = text.slice(Math.max(0, at - reach), at);
    const after = text.slice(end, end + reach);
    for (const pattern of patterns) {
      const said = pattern.after ? pattern.after.test(after) : pattern.before?.test(before) && !/^['’]s/.test(after);
      if (said) tally.set(pattern.kind, (tally.get(pattern.kind) ?? 0) + 1);
    }
  }
  // "in Google", "in Cairn Energy": somewhere things happen confirms a place, it does not make one.
  if (modelKind !== "places") tally.delete("places");
  // A player is beaten too ("Henman beat Rusedski"): a full name the model knows for a person's stays one.
  if (modelKind === "people" && mentions.some(({ form }) => form.includes(" "))) tally.delete("organizations");
  const ranked = [...tally].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || (second && second[1] === first[1])) return undefined;
  return first[0];
}
