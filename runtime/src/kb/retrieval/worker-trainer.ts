/**
 * Trains a knowledge base's model in a worker thread. `KbIndex.train()` is seconds of
 * synchronous CPU work (≈2–3 s for 10k similar questions, ~6 s at the article cap); on
 * the event loop it would hold up every chat turn of the process for that long. The
 * worker gets the articles and options, trains its own index and returns the model
 * bytes, which the caller loads into its index with `importModel` (upserts are cheap
 * next to training, so the caller builds its index itself).
 *
 * One training at a time per trainer: each worker loads its own tokenizer dictionary
 * (~40 MB), and the first start of a demo trains every knowledge base at once. Queued
 * trainings run one after another, so the process holds at most one worker's memory.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IndexedArticle, RetrievalOptions } from './kb-index.js';
import type { TrainWorkerData, TrainWorkerResult } from './train-worker.js';

export interface TrainedModel {
  bytes: Uint8Array;
  trainingMs: number;
  articles: number;
}

/** The compiled worker next to this file (absent when running from TypeScript sources). */
const DEFAULT_WORKER = new URL('./train-worker.js', import.meta.url);

export class WorkerTrainer {
  readonly #workerUrl: URL;
  /** The training running or queued last; the next starts after it settles. */
  #last: Promise<unknown> = Promise.resolve();
  readonly #running = new Set<Worker>();
  #closed = false;

  private constructor(workerUrl: URL) {
    this.#workerUrl = workerUrl;
  }

  /**
   * A trainer, or null when the compiled worker is not there (the test runner runs
   * TypeScript sources): the caller then trains on its own thread.
   */
  static create(workerUrl: URL = DEFAULT_WORKER): WorkerTrainer | null {
    return existsSync(fileURLToPath(workerUrl)) ? new WorkerTrainer(workerUrl) : null;
  }

  /** Rejects when the worker fails or exits without a model. */
  train(articles: readonly IndexedArticle[], options: RetrievalOptions): Promise<TrainedModel> {
    const trained = this.#last.then(
      () => this.#trainNow(articles, options),
      () => this.#trainNow(articles, options),
    );
    this.#last = trained.catch(() => undefined);
    return trained;
  }

  /**
   * Stops the training running now and refuses the queued ones (they reject), so a
   * process shutting down does not wait seconds for a model it would not keep.
   */
  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#running].map((worker) => worker.terminate()));
  }

  #trainNow(articles: readonly IndexedArticle[], options: RetrievalOptions): Promise<TrainedModel> {
    if (this.#closed) return Promise.reject(new Error('knowledge base trainer is closed'));
    const workerData: TrainWorkerData = { articles: [...articles], options };
    const worker = new Worker(this.#workerUrl, { workerData });
    this.#running.add(worker);
    worker.once('exit', () => this.#running.delete(worker));
    return new Promise<TrainedModel>((resolve, reject) => {
      let settled = false;
      worker.once('message', (result: TrainWorkerResult) => {
        settled = true;
        resolve({ bytes: new Uint8Array(result.bytes), trainingMs: result.trainingMs, articles: result.articles });
      });
      worker.once('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`knowledge base training worker exited with code ${code} without a model`));
      });
    });
  }
}
