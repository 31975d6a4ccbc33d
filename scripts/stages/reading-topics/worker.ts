// One worker thread's job: answer a batch of topics requests with the language model.

import type { TopicInText } from "../../convert/article.ts";
import { answerTopics, type TopicsRequest } from "../../convert/topics.ts";

export default (requests: TopicsRequest[]): TopicInText[][] => requests.map(answerTopics);
