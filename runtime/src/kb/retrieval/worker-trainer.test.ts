/**
 * Training in a worker thread keeps the event loop serving while a KB retrains. The
 * worker runs from the compiled `dist/` (a worker thread cannot load TypeScript):
 * `npm run build -w @kefu/runtime` first, as for the WAL checkpointer and CLI tests. The
 * test does not build itself: test files run in parallel and some read `dist/` while a
 * rebuild would be rewriting it. Under vitest the service's default worker URL points
 * into `src/`, where no `.js` exists, so the other KB tests exercise the inline path.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { KbIndexes, type SearchableArticle } from '../kb-indexes.js';
import type { ModelVersion } from '../kb-types.js';
import { KbIndex, type RetrievalOptions } from './kb-index.js';
import { WorkerTrainer } from './worker-trainer.js';

const workerUrl = new URL('../../../dist/kb/retrieval/train-worker.js', import.meta.url);
const silent = { debug() {}, info() {}, warn() {}, error() {} };

const VERBS = ['reset', 'change', 'cancel', 'renew', 'activate', 'close', 'update', 'verify', 'transfer', 'freeze'];
const THINGS = ['card', 'password', 'account', 'order', 'refund', 'address', 'plan', 'invoice', 'payment', 'subscription'];
const PLACES = ['online', 'in the app', 'at a branch', 'by phone', 'abroad', 'today'];
const OPENERS = ['how do I', 'how can I', 'I want to', 'help me', 'is it possible to', 'where can I'];

/** 350 articles × 6 phrasings = 2,100 questions: about a second of training. */
function articles(): SearchableArticle[] {
  const list: SearchableArticle[] = [];
  for (let i = 0; i < 350; i++) {
    const verb = VERBS[i % VERBS.length]!;
    const thing = THINGS[Math.floor(i / VERBS.length) % THINGS.length]!;
    const place = PLACES[Math.floor(i / 100) % PLACES.length]!;
    const similar = OPENERS.slice(1).map((opener, n) => `${opener} ${verb} the ${thing} ${place} ${n % 2 === 0 ? 'please' : 'now'}`);
    list.push({ id: `a${i}`, question: `How do I ${verb} my ${thing} ${place}?`, similar, validity: { from: null, to: null } });
  }
  return list;
}

let current: KbIndexes | null = null;
afterEach(async () => {
  await current?.close();
  current = null;
});

describe('WorkerTrainer', () => {
  it('is not created without the compiled worker (the caller trains inline)', () => {
    expect(WorkerTrainer.create(new URL('./no-such-worker.js', workerUrl))).toBeNull();
  });

  it('runs one training at a time: trainings asked for together queue, and a failed one does not block the next', async () => {
    const trainer = WorkerTrainer.create(new URL('../test-support/concurrency-probe-worker.mjs', import.meta.url))!;
    const probe = new SharedArrayBuffer(8);
    const options = { probe } as unknown as RetrievalOptions;
    const another = WorkerTrainer.create(new URL('../test-support/concurrency-probe-worker.mjs', import.meta.url))!;
    const results = await Promise.allSettled([
      trainer.train([], options),
      trainer.train([], {} as RetrievalOptions), // the probe throws without its buffer
      trainer.train([], options),
      trainer.train([], options),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    // Each probe saw itself as the only one running.
    for (const index of [0, 2, 3]) expect([...(results[index] as PromiseFulfilledResult<{ bytes: Uint8Array }>).value.bytes]).toEqual([1]);
    expect(new Int32Array(probe)[1]).toBe(1);
    // Separate trainers are independent queues.
    const together = await Promise.all([trainer.train([], options), another.train([], options)]);
    expect(Math.max(...together.map((model) => model.bytes[0]!))).toBe(2);
  });

  it('close() stops the running training and refuses queued ones at once', async () => {
    const trainer = WorkerTrainer.create(new URL('../test-support/concurrency-probe-worker.mjs', import.meta.url))!;
    const options = { probe: new SharedArrayBuffer(8), holdMs: 10_000 } as unknown as RetrievalOptions;
    const running = trainer.train([], options);
    const queued = trainer.train([], options);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await trainer.close();
    await expect(running).rejects.toThrow();
    await expect(queued).rejects.toThrow(/closed/);
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(trainer.train([], options)).rejects.toThrow(/closed/);
  });

  it('retrains off the event loop: timers fire and searches are answered meanwhile; the model equals inline training', async () => {
    expect(existsSync(fileURLToPath(workerUrl)), `${fileURLToPath(workerUrl)} is missing: build the runtime first`).toBe(true);
    const trainer = WorkerTrainer.create(workerUrl)!;
    const kb = articles();
    let activeBytes: Uint8Array | null = null;
    let ticks = 0;
    let answered = 0;
    /** Timer ticks and answered searches seen while a model was being trained. */
    const during = { ticks: 0, answered: 0, trainings: 0 };
    const indexes = new KbIndexes({
      source: {
        searchable: async () => kb,
        thresholds: async () => ({ answer: 0.5, suggest: 0.3 }),
        testCases: async () => [{ query: 'how can I reset my card online', expectedId: 'a0' }],
        recordModel: async (name, model, bytes) => {
          if (model.active) activeBytes = bytes;
          return { kb: name, version: 1, createdAt: new Date().toISOString(), ...model } satisfies ModelVersion;
        },
        activeModelBytes: async () => activeBytes,
      },
      createIndex: (thresholds) => new KbIndex({ thresholds }),
      trainModel: async (list, thresholds) => {
        const before = { ticks, answered };
        const trained = await trainer.train(list, { thresholds });
        during.trainings += 1;
        during.ticks += ticks - before.ticks;
        during.answered += answered - before.answered;
        return trained;
      },
      retrainDelayMs: null,
      logger: silent,
    });
    current = indexes;
    // Warm-up trains through the worker too; from then on the live index answers.
    await indexes.warm('kb');
    const timer = setInterval(() => {
      ticks += 1;
      void indexes.search('kb', 'how can I reset my card online', 3).then((result) => {
        if (result.hits[0]?.id === 'a0') answered += 1;
      });
    }, 10);
    try {
      const model = await indexes.retrain('kb');
      expect(model).toMatchObject({ active: true, articleCount: 350, top1: 1 });
    } finally {
      clearInterval(timer);
    }
    expect(during.trainings).toBe(2);
    // Inline, `train()` is one synchronous call: not a single timer could fire during it.
    expect(during.ticks).toBeGreaterThan(0);
    expect(during.answered).toBeGreaterThan(0);

    const inline = new KbIndex({ thresholds: { answer: 0.5, suggest: 0.3 } });
    for (const { validity: _validity, ...article } of kb) inline.upsert(article);
    inline.train();
    expect(activeBytes).toEqual(inline.exportModel());
  });
});
