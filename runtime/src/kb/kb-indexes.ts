/**
 * The index lifecycle: one search index per knowledge base, built lazily from its
 * published articles on first use, then kept current incrementally (every save, delete
 * and import upserts or removes just those articles). Retraining builds a candidate
 * index beside the live one, evaluates both on the KB's test set and swaps only when
 * top-1 does not fall, so a worse model never answers customers. Changes that land
 * while a candidate is being built are replayed onto it before the swap.
 */
import type { Logger } from '../engine/types.js';
import type { IndexedArticle, SearchIndex } from './kb-index-port.js';
import type { KbDecision, ModelVersion, SearchResult } from './kb-types.js';

export interface Thresholds {
  answer: number;
  suggest: number;
}

/** Epoch ms bounds; null = open. */
export interface Validity {
  from: number | null;
  to: number | null;
}

export interface SearchableArticle extends IndexedArticle {
  validity: Validity;
}

export interface IndexSource {
  /** Published articles of the KB, whatever their validity window (checked at search time). */
  searchable(kb: string): Promise<SearchableArticle[]>;
  thresholds(kb: string): Promise<Thresholds>;
  testCases(kb: string): Promise<{ query: string; expectedId: string }[]>;
  /** `bytes`: the trained state of an activated version, kept so the next process starts from it. */
  recordModel(kb: string, model: Omit<ModelVersion, 'kb' | 'version' | 'createdAt'>, bytes: Uint8Array | null): Promise<ModelVersion>;
  /** The bytes of the KB's active model version, if any were kept. */
  activeModelBytes(kb: string): Promise<Uint8Array | null>;
}

export type IndexChange = { kind: 'upsert'; article: SearchableArticle } | { kind: 'remove'; id: string };

interface Entry {
  index: SearchIndex;
  validity: Map<string, Validity>;
}

/** A freshly built entry and the articles it holds, in upsert order (what a trainer is given). */
interface Built {
  entry: Entry;
  articles: IndexedArticle[];
}

export interface KbIndexesOptions {
  source: IndexSource;
  createIndex: (thresholds: Thresholds) => SearchIndex;
  /** Debounce before an automatic retrain after changes; null = only explicit retrains (CLI). */
  retrainDelayMs: number | null;
  logger: Logger;
  now?: () => number;
  /** Told about every model version an automatic (debounced) retrain records. */
  onAutomaticRetrain?: (model: ModelVersion) => Promise<void> | void;
  /**
   * Trains off the event loop (a worker thread) and returns the model's bytes, which the
   * index then imports. Absent = `index.train()` on this thread; when it fails the
   * retrain falls back to that too (with a warning), so no retrain is lost.
   */
  trainModel?: (articles: readonly IndexedArticle[], thresholds: Thresholds) => Promise<{ bytes: Uint8Array; trainingMs: number; articles: number }>;
  /** KBs with fewer questions than this train on this thread even with a trainer (default `WORKER_MIN_QUESTIONS`). */
  workerMinQuestions?: number;
  /** Stops the trainer's running work at `close()` (its trainings then fail, and are not redone here). */
  closeTrainer?: () => Promise<void>;
}

type TrainingStats = { trainingMs: number; articles: number };

/**
 * Below this many questions (standard + similar) a KB trains in well under 100 ms, less
 * than a worker takes to start, and a worker costs its own isolate and tokenizer
 * dictionary (~50 MB): such KBs train on this thread. The demo's sample KBs (~120
 * questions) train in 10–60 ms.
 */
export const WORKER_MIN_QUESTIONS = 250;

function isValid(validity: Validity | undefined, now: number): boolean {
  if (!validity) return false;
  return (validity.from === null || validity.from <= now) && (validity.to === null || now < validity.to);
}

function apply(entry: Entry, change: IndexChange): void {
  if (change.kind === 'upsert') {
    const { validity, ...article } = change.article;
    entry.index.upsert(article);
    entry.validity.set(article.id, validity);
  } else {
    entry.index.remove(change.id);
    entry.validity.delete(change.id);
  }
}

function percent(value: number | null): string {
  return value === null ? 'n/a' : `${(value * 100).toFixed(1)}%`;
}

export class KbIndexes {
  readonly #options: KbIndexesOptions;
  readonly #entries = new Map<string, Promise<Entry>>();
  readonly #thresholds = new Map<string, Thresholds>();
  readonly #timers = new Map<string, NodeJS.Timeout>();
  readonly #retrains = new Map<string, Promise<ModelVersion>>();
  /** Set by `close()`: a failed worker training is then not redone on this thread. */
  #closing = false;
  /** Changes seen while a candidate of that KB is being built (a retrain, a reload). */
  readonly #pending = new Map<string, Set<IndexChange[]>>();
  /**
   * Per KB: how many rebuilds (retrains, reloads) have started, and which one last swapped
   * its index in. A rebuild that started earlier never replaces one that started later.
   */
  readonly #started = new Map<string, number>();
  readonly #swapped = new Map<string, number>();

  constructor(options: KbIndexesOptions) {
    this.#options = options;
  }

  async search(kb: string, query: string, top: number): Promise<SearchResult> {
    const entry = await this.#entry(kb);
    const now = (this.#options.now ?? Date.now)();
    // Articles outside their validity window are not ranked at all: the engine decides once, among the valid ones.
    const found = await entry.index.search(query, { top, accept: (id) => isValid(entry.validity.get(id), now) });
    return { query, decision: found.decision, hits: found.hits.slice(0, top) };
  }

  /**
   * Applies a change to the live index (if built) and to a candidate being built, and
   * schedules a retrain — unless the change was made (and is retrained) by another instance.
   */
  changed(kb: string, changes: readonly IndexChange[], { retrain = true }: { retrain?: boolean } = {}): void {
    if (changes.length === 0) return;
    const live = this.#entries.get(kb);
    if (live) {
      void live.then((entry) => {
        for (const change of changes) apply(entry, change);
      }, () => undefined);
    }
    for (const log of this.#pending.get(kb) ?? []) log.push(...changes);
    if (retrain) this.#scheduleRetrain(kb);
  }

  /**
   * Rebuilds a built index from the database and the active model version, then swaps it
   * in (another instance activated a model, or changed more than it could send). Searches
   * use the old index until then; a KB not built here yet is built fresh on first use.
   */
  reload(kb: string): void {
    if (!this.#entries.has(kb)) return;
    const generation = this.#begin(kb);
    const log = this.#track(kb);
    const next = this.#build(kb, log).then(async (built) => {
      await this.#restoreOrTrain(kb, built);
      return built.entry;
    });
    void next
      .then(
        (entry) => {
          // Synchronously from the last replay to the swap, as in a retrain.
          for (const change of log.splice(0)) apply(entry, change);
          if (this.#maySwap(kb, generation)) this.#entries.set(kb, Promise.resolve(entry));
        },
        (error: unknown) => this.#options.logger.warn({ err: error, kb }, 'knowledge base reload failed; the previous index stays'),
      )
      .finally(() => this.#untrack(kb, log));
  }

  /** Reloads every index built here (events may have been missed, e.g. while Redis was down). */
  reloadAll(): void {
    for (const kb of [...this.#entries.keys()]) this.reload(kb);
  }

  #begin(kb: string): number {
    const generation = (this.#started.get(kb) ?? 0) + 1;
    this.#started.set(kb, generation);
    return generation;
  }

  #maySwap(kb: string, generation: number): boolean {
    if (generation <= (this.#swapped.get(kb) ?? 0)) return false;
    this.#swapped.set(kb, generation);
    return true;
  }

  setThresholds(kb: string, thresholds: Thresholds): void {
    this.#thresholds.set(kb, thresholds);
    void this.#entries.get(kb)?.then((entry) => entry.index.setThresholds(thresholds), () => undefined);
  }

  /** Builds the KB's index now if it is not built yet (server start). */
  async warm(kb: string): Promise<number> {
    return (await this.#entry(kb)).index.size;
  }

  /** Retrains now (after any retrain already running for the KB). */
  retrain(kb: string): Promise<ModelVersion> {
    const timer = this.#timers.get(kb);
    if (timer) clearTimeout(timer);
    this.#timers.delete(kb);
    const previous = this.#retrains.get(kb) ?? Promise.resolve(null);
    const next = previous.catch(() => null).then(() => this.#retrainNow(kb));
    this.#retrains.set(kb, next);
    void next.finally(() => {
      if (this.#retrains.get(kb) === next) this.#retrains.delete(kb);
    }).catch(() => undefined);
    return next;
  }

  async close(): Promise<void> {
    this.#closing = true;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    await this.#options.closeTrainer?.();
    await Promise.allSettled([...this.#retrains.values()]);
  }

  #scheduleRetrain(kb: string): void {
    const delay = this.#options.retrainDelayMs;
    if (delay === null) return;
    const existing = this.#timers.get(kb);
    if (existing) clearTimeout(existing);
    const timer = setTimeout(() => {
      this.#timers.delete(kb);
      this.retrain(kb)
        .then((model) => this.#options.onAutomaticRetrain?.(model))
        .catch((error: unknown) => this.#options.logger.error({ err: error, kb }, 'knowledge base retrain failed'));
    }, delay);
    timer.unref();
    this.#timers.set(kb, timer);
  }

  async #thresholdsOf(kb: string): Promise<Thresholds> {
    let thresholds = this.#thresholds.get(kb);
    if (!thresholds) {
      thresholds = await this.#options.source.thresholds(kb);
      this.#thresholds.set(kb, thresholds);
    }
    return thresholds;
  }

  #entry(kb: string): Promise<Entry> {
    let entry = this.#entries.get(kb);
    if (!entry) {
      entry = this.#build(kb, []).then(async (built) => {
        await this.#restoreOrTrain(kb, built);
        return built.entry;
      });
      this.#entries.set(kb, entry);
      // A failed build is retried by the next search instead of failing forever.
      entry.catch(() => {
        if (this.#entries.get(kb) === entry) this.#entries.delete(kb);
      });
    }
    return entry;
  }

  /**
   * A new process starts from the active model version's bytes, so a version that was not
   * activated stays inactive across restarts (and a large KB starts without training);
   * it trains only when there are none or they do not load.
   */
  async #restoreOrTrain(kb: string, built: Built): Promise<void> {
    const { index } = built.entry;
    const bytes = index.importModel ? await this.#options.source.activeModelBytes(kb) : null;
    if (bytes && index.importModel) {
      try {
        index.importModel(bytes);
        return;
      } catch (error) {
        this.#options.logger.warn({ err: error, kb }, 'stored knowledge base model does not load; training a new one');
      }
    }
    await this.#train(kb, built);
  }

  /**
   * Trains the built index: in the trainer (off the event loop) when there is one and
   * the KB is not tiny, its bytes imported into the index; on this thread otherwise or
   * when the trainer fails.
   */
  async #train(kb: string, built: Built): Promise<TrainingStats> {
    const { index } = built.entry;
    const trainModel = this.#options.trainModel;
    const questions = built.articles.reduce((sum, article) => sum + 1 + article.similar.length, 0);
    if (trainModel && index.importModel && questions >= (this.#options.workerMinQuestions ?? WORKER_MIN_QUESTIONS)) {
      try {
        const trained = await trainModel(built.articles, await this.#thresholdsOf(kb));
        index.importModel(trained.bytes);
        return { trainingMs: trained.trainingMs, articles: trained.articles };
      } catch (error) {
        if (this.#closing) throw error;
        this.#options.logger.warn({ err: error, kb }, 'knowledge base training worker failed; training on the event loop instead');
      }
    }
    return index.train();
  }

  async #build(kb: string, log: IndexChange[]): Promise<Built> {
    const thresholds = await this.#thresholdsOf(kb);
    const articles = await this.#options.source.searchable(kb);
    const entry: Entry = { index: this.#options.createIndex(thresholds), validity: new Map() };
    // What the index holds, in the order it was given (a Map keeps a replaced id in place, as the index does).
    const held = new Map<string, IndexedArticle>();
    const build = (change: IndexChange) => {
      apply(entry, change);
      if (change.kind === 'remove') held.delete(change.id);
      else {
        const { id, question, similar } = change.article;
        held.set(id, { id, question, similar });
      }
    };
    for (const article of articles) build({ kind: 'upsert', article });
    for (const change of log.splice(0)) build(change);
    return { entry, articles: [...held.values()] };
  }

  #track(kb: string): IndexChange[] {
    const log: IndexChange[] = [];
    let logs = this.#pending.get(kb);
    if (!logs) {
      logs = new Set();
      this.#pending.set(kb, logs);
    }
    logs.add(log);
    return log;
  }

  #untrack(kb: string, log: IndexChange[]): void {
    const logs = this.#pending.get(kb);
    logs?.delete(log);
    if (logs?.size === 0) this.#pending.delete(kb);
  }

  async #retrainNow(kb: string): Promise<ModelVersion> {
    const generation = this.#begin(kb);
    const log = this.#track(kb);
    try {
      const built = await this.#build(kb, log);
      const candidate = built.entry;
      // Changes landing while it trains wait in `log`: the bytes must match what was trained.
      const trained = await this.#train(kb, built);
      for (const change of log.splice(0)) apply(candidate, change);
      const cases = await this.#options.source.testCases(kb);
      const live = this.#entries.get(kb);
      const figures = cases.length > 0 ? await candidate.index.evaluate(cases) : null;
      const baseline = cases.length > 0 && live ? await (await live).index.evaluate(cases) : null;
      let active = true;
      let note: string;
      if (figures === null) note = 'Activated: the test set is empty, so nothing could regress.';
      else if (baseline === null) note = `Activated: first model in this process (top-1 ${percent(figures.top1)}).`;
      else if ((figures.top1 ?? 0) + 1e-9 >= (baseline.top1 ?? 0)) note = `Activated: top-1 ${percent(baseline.top1)} → ${percent(figures.top1)}.`;
      else {
        active = false;
        note = `Not activated: top-1 fell from ${percent(baseline.top1)} to ${percent(figures.top1)}; the previous model stays active.`;
      }
      const model = await this.#options.source.recordModel(kb, {
        testCases: cases.length,
        top1: figures?.top1 ?? null,
        top3: figures?.top3 ?? null,
        active,
        note,
        articleCount: candidate.index.size,
        trainingMs: Math.round(trained.trainingMs),
      }, active && candidate.index.exportModel ? candidate.index.exportModel() : null);
      // Synchronously from the last replay to the swap: no change can slip in between.
      for (const change of log.splice(0)) apply(candidate, change);
      if (active && this.#maySwap(kb, generation)) this.#entries.set(kb, Promise.resolve(candidate));
      return model;
    } finally {
      this.#untrack(kb, log);
    }
  }
}
