/**
 * The index lifecycle with a scripted engine (the real one is exercised by the
 * database-backed service tests): lazy build, incremental changes, debounced retrains,
 * and a model that regresses on the test set is recorded but never activated.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Figures, IndexedArticle, SearchIndex, SearchOptions } from './kb-index-port.js';
import type { Logger } from '../engine/types.js';
import { KbIndexes, type IndexSource, type KbIndexesOptions, type SearchableArticle } from './kb-indexes.js';
import type { ModelVersion } from './kb-types.js';

/** Finds articles whose question equals the query; `evaluate` returns what the test scripts. */
class ScriptedIndex implements SearchIndex {
  readonly articles = new Map<string, IndexedArticle>();
  trained = 0;
  loaded: Uint8Array | null = null;
  constructor(readonly figures: Figures) {}
  exportModel() {
    return new Uint8Array([this.articles.size]);
  }
  importModel(bytes: Uint8Array) {
    if (bytes.length !== 1) throw new RangeError('not a model');
    this.loaded = bytes;
  }
  get size() {
    return this.articles.size;
  }
  upsert(article: IndexedArticle) {
    this.articles.set(article.id, article);
  }
  remove(id: string) {
    this.articles.delete(id);
  }
  search(query: string, { accept = () => true }: SearchOptions) {
    const hits = [...this.articles.values()].filter((article) => article.question === query && accept(article.id)).map((article) => ({ id: article.id, question: article.question, score: 0.9 }));
    return { decision: hits.length > 0 ? ('answer' as const) : ('none' as const), hits };
  }
  train() {
    this.trained += 1;
    return { trainingMs: 1, articles: this.articles.size };
  }
  evaluate() {
    return this.figures;
  }
  setThresholds() {}
}

const open = { from: null, to: null };
const silent = { debug() {}, info() {}, warn() {}, error() {} };

function fixture(options: {
  figures: Figures[];
  articles: SearchableArticle[];
  testCases?: number;
  retrainDelayMs?: number | null;
  gate?: Promise<void>;
  onAutomaticRetrain?: (model: ModelVersion) => void;
  storedBytes?: Uint8Array | null;
  trainModel?: KbIndexesOptions['trainModel'];
  workerMinQuestions?: number;
  closeTrainer?: () => Promise<void>;
  logger?: Logger;
}) {
  const models: ModelVersion[] = [];
  const created: ScriptedIndex[] = [];
  let activeBytes = options.storedBytes ?? null;
  let built = 0;
  const source: IndexSource = {
    searchable: async () => {
      const snapshot = options.articles.map((article) => ({ ...article }));
      await options.gate;
      return snapshot;
    },
    thresholds: async () => ({ answer: 0.5, suggest: 0.2 }),
    testCases: async () => Array.from({ length: options.testCases ?? 1 }, (_, index) => ({ query: `q${index}`, expectedId: 'a' })),
    recordModel: async (kb, model, bytes) => {
      const version = { kb, version: models.length + 1, createdAt: new Date().toISOString(), ...model };
      models.push(version);
      if (model.active) activeBytes = bytes;
      return version;
    },
    activeModelBytes: async () => activeBytes,
  };
  const indexes = new KbIndexes({
    source,
    createIndex: () => {
      const index = new ScriptedIndex(options.figures[Math.min(built++, options.figures.length - 1)]!);
      created.push(index);
      return index;
    },
    retrainDelayMs: options.retrainDelayMs ?? null,
    logger: options.logger ?? silent,
    ...(options.trainModel ? { trainModel: options.trainModel, workerMinQuestions: options.workerMinQuestions ?? 0 } : {}),
    ...(options.closeTrainer ? { closeTrainer: options.closeTrainer } : {}),
    ...(options.onAutomaticRetrain ? { onAutomaticRetrain: options.onAutomaticRetrain } : {}),
  });
  return { indexes, models, created, builds: () => built, activeBytes: () => activeBytes };
}

let current: KbIndexes | null = null;
afterEach(async () => {
  await current?.close();
});

describe('KbIndexes', () => {
  it('builds once, lazily, and applies changes incrementally', async () => {
    const { indexes, builds } = fixture({ figures: [{ top1: 1, top3: 1 }], articles: [{ id: 'a', question: 'A', similar: [], validity: open }] });
    current = indexes;
    expect(builds()).toBe(0);
    expect((await indexes.search('kb', 'A', 3)).hits.map((hit) => hit.id)).toEqual(['a']);
    indexes.changed('kb', [{ kind: 'upsert', article: { id: 'b', question: 'B', similar: [], validity: open } }, { kind: 'remove', id: 'a' }]);
    expect((await indexes.search('kb', 'B', 3)).hits.map((hit) => hit.id)).toEqual(['b']);
    expect((await indexes.search('kb', 'A', 3)).decision).toBe('none');
    expect(builds()).toBe(1);
  });

  it('ranks only articles inside their validity window: an expired one is as if it were not there', async () => {
    const articles = [
      { id: 'old', question: 'A', similar: [], validity: { from: null, to: Date.now() - 1000 } },
      { id: 'soon', question: 'A', similar: [], validity: { from: Date.now() + 60_000, to: null } },
      { id: 'now', question: 'A', similar: [], validity: { from: Date.now() - 1000, to: Date.now() + 60_000 } },
    ];
    const { indexes } = fixture({ figures: [{ top1: 1, top3: 1 }], articles });
    current = indexes;
    expect(await indexes.search('kb', 'A', 3)).toEqual({ query: 'A', decision: 'answer', hits: [{ id: 'now', question: 'A', score: 0.9 }] });
    indexes.changed('kb', [{ kind: 'remove', id: 'now' }]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await indexes.search('kb', 'A', 3)).toEqual({ query: 'A', decision: 'none', hits: [] });
  });

  it('records a regressing model without activating it; the previous index keeps answering', async () => {
    const articles = [{ id: 'a', question: 'A', similar: [], validity: open }];
    // Build 1 = the live index (evaluates to 0.9); build 2 = first candidate (0.9, activated); build 3 = a worse candidate (0.6).
    const { indexes, models } = fixture({ figures: [{ top1: 0.9, top3: 1 }, { top1: 0.9, top3: 1 }, { top1: 0.6, top3: 0.8 }], articles });
    current = indexes;
    await indexes.search('kb', 'A', 3);
    const first = await indexes.retrain('kb');
    expect(first).toMatchObject({ version: 1, active: true, top1: 0.9, note: 'Activated: top-1 90.0% → 90.0%.' });
    const second = await indexes.retrain('kb');
    expect(second).toMatchObject({ version: 2, active: false, top1: 0.6, note: 'Not activated: top-1 fell from 90.0% to 60.0%; the previous model stays active.' });
    expect(models.map((model) => model.active)).toEqual([true, false]);
    expect((await indexes.search('kb', 'A', 3)).hits.map((hit) => hit.id)).toEqual(['a']);
  });

  it('keeps the activated model’s bytes and starts the next process from them instead of training', async () => {
    const articles = [{ id: 'a', question: 'A', similar: [], validity: open }];
    const first = fixture({ figures: [{ top1: 1, top3: 1 }], articles });
    current = first.indexes;
    await first.indexes.retrain('kb');
    expect(first.activeBytes()).toEqual(new Uint8Array([1]));

    const restarted = fixture({ figures: [{ top1: 1, top3: 1 }], articles, storedBytes: first.activeBytes() });
    await restarted.indexes.search('kb', 'A', 3);
    expect(restarted.created[0]).toMatchObject({ trained: 0, loaded: new Uint8Array([1]) });
    await restarted.indexes.close();

    const unreadable = fixture({ figures: [{ top1: 1, top3: 1 }], articles, storedBytes: new Uint8Array([1, 2]) });
    await unreadable.indexes.search('kb', 'A', 3);
    expect(unreadable.created[0]).toMatchObject({ trained: 1, loaded: null });
    await unreadable.indexes.close();
  });

  it('trains through the trainer when there is one: it gets what the candidate holds, the index imports its bytes', async () => {
    const articles = [{ id: 'a', question: 'A', similar: ['a?'], validity: open }, { id: 'b', question: 'B', similar: [], validity: open }];
    const given: IndexedArticle[][] = [];
    const trainModel = async (list: readonly IndexedArticle[]) => {
      given.push([...list]);
      return { bytes: new Uint8Array([7]), trainingMs: 42, articles: list.length };
    };
    const { indexes, created, models } = fixture({ figures: [{ top1: 1, top3: 1 }], articles, trainModel });
    current = indexes;
    await indexes.search('kb', 'A', 3);
    await indexes.retrain('kb');
    expect(given).toEqual([
      [{ id: 'a', question: 'A', similar: ['a?'] }, { id: 'b', question: 'B', similar: [] }],
      [{ id: 'a', question: 'A', similar: ['a?'] }, { id: 'b', question: 'B', similar: [] }],
    ]);
    expect(created.map((index) => [index.trained, index.loaded])).toEqual([[0, new Uint8Array([7])], [0, new Uint8Array([7])]]);
    expect(models[0]).toMatchObject({ active: true, trainingMs: 42, articleCount: 2 });
  });

  it('trains a KB with fewer questions than the threshold on this thread, without the trainer', async () => {
    let calls = 0;
    const trainModel = async (list: readonly IndexedArticle[]) => {
      calls += 1;
      return { bytes: new Uint8Array([7]), trainingMs: 1, articles: list.length };
    };
    const articles = [{ id: 'a', question: 'A', similar: ['a?', 'a!'], validity: open }, { id: 'b', question: 'B', similar: [], validity: open }];
    const small = fixture({ figures: [{ top1: 1, top3: 1 }], articles, trainModel, workerMinQuestions: 5 });
    current = small.indexes;
    await small.indexes.retrain('kb');
    expect(calls).toBe(0);
    expect(small.created[0]).toMatchObject({ trained: 1, loaded: null });
    await small.indexes.close();

    const large = fixture({ figures: [{ top1: 1, top3: 1 }], articles, trainModel, workerMinQuestions: 4 });
    current = large.indexes;
    await large.indexes.retrain('kb');
    expect(calls).toBe(1);
  });

  it('does not redo on this thread a training that closing stopped', async () => {
    let stop = () => {};
    const trainModel = () => new Promise<never>((_resolve, reject) => (stop = () => reject(new Error('worker terminated'))));
    const warnings: string[] = [];
    const logger = { ...silent, warn: (_obj: object, msg?: string) => void warnings.push(msg ?? '') };
    const closeTrainer = async () => stop();
    const articles = [{ id: 'a', question: 'A', similar: [], validity: open }];
    const { indexes, created } = fixture({ figures: [{ top1: 1, top3: 1 }], articles, trainModel, closeTrainer, logger });
    const retrain = indexes.retrain('kb');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await indexes.close();
    await expect(retrain).rejects.toThrow('worker terminated');
    expect(created.every((index) => index.trained === 0)).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('trains on this thread, with a warning, when the trainer fails: the retrain is not lost', async () => {
    const warnings: string[] = [];
    const logger = { ...silent, warn: (_obj: object, msg?: string) => void warnings.push(msg ?? '') };
    const trainModel = () => Promise.reject(new Error('worker crashed'));
    const { indexes, created, models } = fixture({ figures: [{ top1: 1, top3: 1 }], articles: [{ id: 'a', question: 'A', similar: [], validity: open }], trainModel, logger });
    current = indexes;
    const model = await indexes.retrain('kb');
    expect(model).toMatchObject({ version: 1, active: true });
    expect(models).toHaveLength(1);
    expect(created[0]).toMatchObject({ trained: 1, loaded: null });
    expect(warnings).toEqual(['knowledge base training worker failed; training on the event loop instead']);
  });

  it('activates when the test set is empty, and replays changes made during a retrain', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { indexes } = fixture({ figures: [{ top1: null, top3: null }], articles: [{ id: 'a', question: 'A', similar: [], validity: open }], testCases: 0, gate });
    current = indexes;
    const retrain = indexes.retrain('kb');
    await new Promise((resolve) => setTimeout(resolve, 5));
    // Committed after the candidate read its articles: only the replay brings it in.
    indexes.changed('kb', [{ kind: 'upsert', article: { id: 'c', question: 'C', similar: [], validity: open } }]);
    release();
    expect(await retrain).toMatchObject({ active: true, testCases: 0, top1: null, articleCount: 2 });
    expect((await indexes.search('kb', 'C', 3)).hits.map((hit) => hit.id)).toEqual(['c']);
  });

  it('reloads from the source and the active model (another instance trained it), replaying changes made meanwhile', async () => {
    const articles = [{ id: 'a', question: 'A', similar: [], validity: open }];
    const { indexes, models, created } = fixture({ figures: [{ top1: 1, top3: 1 }], articles, storedBytes: new Uint8Array([7]) });
    current = indexes;
    await indexes.search('kb', 'A', 3);
    articles.push({ id: 'b', question: 'B', similar: [], validity: open });
    indexes.reload('kb');
    // Arrives while the reload reads the articles: it must not be lost by the swap.
    indexes.changed('kb', [{ kind: 'upsert', article: { id: 'c', question: 'C', similar: [], validity: open } }], { retrain: false });
    await vi.waitFor(async () => expect((await indexes.search('kb', 'B', 3)).hits.map((hit) => hit.id)).toEqual(['b']));
    expect((await indexes.search('kb', 'C', 3)).hits.map((hit) => hit.id)).toEqual(['c']);
    expect(created).toHaveLength(2);
    expect(created[1]?.loaded).toEqual(new Uint8Array([7]));
    expect(created[1]?.trained).toBe(0);
    expect(models).toEqual([]);
  });

  it('never lets an older rebuild replace a newer one that finished first', async () => {
    const gates: (() => void)[] = [];
    let version = 0;
    const indexes = new KbIndexes({
      source: {
        // Each read after the first waits for the test; it sees the articles of its moment.
        searchable: async () => {
          const question = `v${version++}`;
          if (version > 1) await new Promise<void>((resolve) => gates.push(resolve));
          return [{ id: question, question, similar: [], validity: open }];
        },
        thresholds: async () => ({ answer: 0.5, suggest: 0.2 }),
        testCases: async () => [],
        recordModel: async () => {
          throw new Error('a reload records no model');
        },
        activeModelBytes: async () => new Uint8Array([1]),
      },
      createIndex: () => new ScriptedIndex({ top1: 1, top3: 1 }),
      retrainDelayMs: null,
      logger: silent,
    });
    current = indexes;
    await indexes.search('kb', 'v0', 3);
    indexes.reload('kb');
    indexes.reload('kb');
    await vi.waitFor(() => expect(gates).toHaveLength(2));
    gates[1]?.();
    await vi.waitFor(async () => expect((await indexes.search('kb', 'v2', 3)).decision).toBe('answer'));
    gates[0]?.();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await indexes.search('kb', 'v2', 3)).decision).toBe('answer');
    expect((await indexes.search('kb', 'v1', 3)).decision).toBe('none');
  });

  it('debounces automatic retrains after changes and reports them', async () => {
    const reported: number[] = [];
    const { indexes, models } = fixture({ figures: [{ top1: 1, top3: 1 }], articles: [], retrainDelayMs: 20, onAutomaticRetrain: (model) => void reported.push(model.version) });
    current = indexes;
    for (const id of ['x', 'y', 'z']) indexes.changed('kb', [{ kind: 'upsert', article: { id, question: id, similar: [], validity: open } }]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(models).toHaveLength(1);
    expect(reported).toEqual([1]);
  });
});
