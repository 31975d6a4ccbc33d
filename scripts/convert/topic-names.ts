import type { Article, Topic } from "./article.ts";
import { slugWords } from "./slug.ts";
import { byMentions } from "./topics/in-text.ts";

/** A surname stands for the full name that most articles using it have, if that is most of them. */
const dominantShare = 0.75;

/** Articles per full name, for each surname that people are named by in full. */
function fullNamesBySurname(articles: Article[]): Map<string, Map<string, number>> {
  const bySurname = new Map<string, Map<string, number>>();
  for (const article of articles) {
    for (const person of article.topics?.people ?? []) {
      const words = person.name.split(" ");
      const surname = words.at(-1);
      if (words.length < 2 || surname === undefined) continue;
      const names = bySurname.get(surname) ?? new Map<string, number>();
      names.set(person.name, (names.get(person.name) ?? 0) + 1);
      bySurname.set(surname, names);
    }
  }
  return bySurname;
}

function fullNameFor(names: Map<string, number> | undefined): string | undefined {
  if (!names) return undefined;
  const total = [...names.values()].reduce((sum, count) => sum + count, 0);
  const [best] = [...names].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return best && best[1] / total >= dominantShare ? best[0] : undefined;
}

/**
 * People of one article, with single names replaced by full names. A surname the article itself
 * gives to someone by full name was settled by the article: it stays.
 */
function renamed(people: Topic[], fullName: (surname: string) => Topic | undefined): Topic[] {
  const surnamesHere = new Set(people.flatMap((person) => (person.name.includes(" ") ? [person.name.split(" ").at(-1)] : [])));
  return people
    .map((person) => {
      const target = person.name.includes(" ") || surnamesHere.has(person.name) ? undefined : fullName(person.name);
      return target ? { ...target, mentions: person.mentions } : person;
    })
    .sort(byMentions);
}

/**
 * An article that names someone only by surname ("Mr Blair said …") is about the person other
 * articles name in full, when across the archive that surname belongs (mostly) to one person.
 */
export function topicNames(articles: Article[]): Article[] {
  const bySurname = fullNamesBySurname(articles);
  const fullNames = new Map<string, Topic | undefined>();
  const fullName = (surname: string): Topic | undefined => {
    if (!fullNames.has(surname)) {
      const name = fullNameFor(bySurname.get(surname));
      fullNames.set(surname, name === undefined ? undefined : { name, slug: slugWords(name), mentions: 0 });
    }
    return fullNames.get(surname);
  };
  return articles.map((article) =>
    article.topics ? { ...article, topics: { ...article.topics, people: renamed(article.topics.people, fullName) } } : article,
  );
}
