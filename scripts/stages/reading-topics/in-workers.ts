import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { TopicInText } from "../../convert/article.ts";
import type { ReadTopics } from "../../convert/topics.ts";
import { answerTopics, type TopicsRequest } from "../../convert/topics.ts";

/** Requests sent to a worker at once: enough to make a message's cost negligible, few enough to share the work evenly. */
const batchSize = 50;
/** Below this, starting the threads (each loads the language model) costs more than it saves. */
const fewestForThreads = 400;

/**
 * Answers topics requests on every core (worker threads via Piscina), reporting each batch as
 * it is answered. The workers load TypeScript through tsx, as the build itself does.
 */
export function topicsInWorkers(answered: (count: number) => void = () => {}): ReadTopics {
  return async (requests) => {
    if (requests.length < fewestForThreads) {
      const topics = requests.map(answerTopics);
      answered(requests.length);
      return topics;
    }
    const pool = new Piscina<TopicsRequest[], TopicInText[][]>({
      filename: new URL("./worker.ts", import.meta.url).href,
      maxThreads: availableParallelism(),
      execArgv: ["--import", "tsx"],
    });
    try {
      const batches: TopicsRequest[][] = [];
      for (let start = 0; start < requests.length; start += batchSize) batches.push(requests.slice(start, start + batchSize));
      const answers = await Promise.all(
        batches.map(async (batch) => {
          const topics = await pool.run(batch);
          answered(batch.length);
          return topics;
        }),
      );
      return answers.flat();
    } finally {
      await pool.destroy();
    }
  };
}
