import { describe, expect, it } from "vitest";
import { answerTopics, type TopicsRequest } from "../../scripts/convert/topics.ts";
import { topicsInWorkers } from "../../scripts/stages/reading-topics/in-workers.ts";

const people = ["Mark Rutte", "Marco Rubio", "Jane Doerr", "Paul Lindqvist", "Ann Okafor"];
const places = ["Brussels", "Oban", "Kyiv", "Lagos", "Hanoi"];
/** Enough articles that the build would hand them to worker threads. */
const requests: TopicsRequest[] = Array.from({ length: 450 }, (_, index) => {
  const person = people[index % people.length] ?? "";
  const place = places[(index * 3) % places.length] ?? "";
  return {
    headline: `Talks in ${place} resume`,
    body: `${person} arrived in ${place} on day ${index}. ${person} said talks in ${place} would go on.`,
    english: true,
  };
});

describe("topics in worker threads", () => {
  it("gives each request the answer it gets in this thread, in order, and reports every one", async () => {
    let answered = 0;
    const topics = await topicsInWorkers((count) => {
      answered += count;
    })(requests);
    expect(topics).toEqual(requests.map(answerTopics));
    expect(answered).toBe(requests.length);
  });
});
