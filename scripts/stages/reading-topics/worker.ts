// One worker thread's job: answer a batch of topics requests with the language model.

import type { Topics } from "../../convert/article.ts";
import { answerTopics, type TopicsRequest } from "../../convert/topics.ts";

export default (requests: TopicsRequest[]): Topics[] => requests.map(answerTopics);
