/**
 * The worker thread behind `WorkerTrainer`: builds a `KbIndex` from the articles it is
 * given, trains it and posts the model bytes back (the buffer is transferred, not
 * copied). One worker per retrain; it exits when done.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { KbIndex, type IndexedArticle, type RetrievalOptions } from './kb-index.js';

export interface TrainWorkerData {
  articles: IndexedArticle[];
  options: RetrievalOptions;
}

export interface TrainWorkerResult {
  bytes: ArrayBuffer;
  trainingMs: number;
  articles: number;
}

const port = parentPort;
if (!port) throw new Error('train-worker must run in a worker thread');

const { articles, options } = workerData as TrainWorkerData;
const index = new KbIndex(options);
for (const article of articles) index.upsert(article);
const stats = index.train();
const model = index.exportModel();
// A fresh copy owns exactly the model's bytes, so the whole buffer can be transferred.
const bytes = model.slice().buffer;
const result: TrainWorkerResult = { bytes, trainingMs: stats.trainingMs, articles: stats.articles };
port.postMessage(result, [bytes]);
