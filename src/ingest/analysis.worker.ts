import { parentPort, workerData } from 'node:worker_threads';
import { analyzeOne } from './analysis-pool';
import { buildKnowledge, type KnowledgeFile } from './knowledge';
import type { SourceArticle } from './types';

// One analysis thread of `analyzeAll`: builds the knowledge once, then analyses each batch it is sent.
const knowledge = buildKnowledge((workerData as { knowledgeFiles: KnowledgeFile[] }).knowledgeFiles);

parentPort?.on('message', (articles: SourceArticle[]) => {
  parentPort?.postMessage(articles.map((article) => analyzeOne(article, knowledge)));
});
