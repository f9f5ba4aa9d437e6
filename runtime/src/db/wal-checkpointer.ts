/**
 * Moves SQLite WAL checkpointing off the event loop. With `wal_autocheckpoint` on, the
 * commit that crosses the threshold copies the WAL into the database file and fsyncs it
 * synchronously — a 10–15 ms stall of every chat turn in flight. Kefu's connections
 * turn auto-checkpointing off (`applySqlitePragmas`) and this worker thread, on its own
 * connection, checkpoints every `intervalMs` instead. Durability is unchanged: commits
 * are in the WAL either way; a checkpoint only moves them into the main file.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WalCheckpointWorkerData } from './wal-checkpoint-worker.js';

export interface WalCheckpointerOptions {
  /** How often to checkpoint (ms). */
  intervalMs?: number;
  /** Above this many WAL frames a PASSIVE pass is followed by a RESTART (see `checkpointWal`). */
  restartFrames?: number;
  /** The compiled worker module; defaults to the one next to this file. */
  workerUrl?: URL;
  onError?: (message: string) => void;
}

const DEFAULT_WORKER = new URL('./wal-checkpoint-worker.js', import.meta.url);

export class WalCheckpointer {
  readonly #worker: Worker;
  readonly #exited: Promise<void>;

  private constructor(worker: Worker) {
    this.#worker = worker;
    this.#exited = new Promise((resolve) => worker.once('exit', () => resolve()));
  }

  /**
   * Starts checkpointing `path`, or returns null when the compiled worker is not there
   * (running from TypeScript sources under the test runner): the caller then keeps
   * SQLite's own auto-checkpoint.
   */
  static start(path: string, options: WalCheckpointerOptions = {}): WalCheckpointer | null {
    const workerUrl = options.workerUrl ?? DEFAULT_WORKER;
    if (!existsSync(fileURLToPath(workerUrl))) return null;
    const workerData: WalCheckpointWorkerData = {
      path,
      intervalMs: options.intervalMs ?? 100,
      restartFrames: options.restartFrames ?? 4_000,
    };
    const worker = new Worker(workerUrl, { workerData });
    const onError = options.onError ?? ((message: string) => process.emitWarning(message, 'KefuWalCheckpoint'));
    worker.on('message', (message: { type?: string; message?: string }) => {
      if (message.type === 'error') onError(message.message ?? 'checkpoint failed');
    });
    worker.on('error', (error) => onError(String(error)));
    // A checkpoint worker alone never keeps the process alive.
    worker.unref();
    return new WalCheckpointer(worker);
  }

  /** Runs a last checkpoint, closes the worker's connection and waits for it to exit. */
  async stop(): Promise<void> {
    this.#worker.postMessage('stop');
    await this.#exited;
  }
}
