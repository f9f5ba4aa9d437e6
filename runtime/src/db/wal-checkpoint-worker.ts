/**
 * The worker thread behind `WalCheckpointer`: its own connection to the database file,
 * checkpointing every `intervalMs`, so the fsync of a checkpoint never stalls the event
 * loop that serves chat turns. Stops (and closes its connection) on the message 'stop'.
 */
import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { checkpointWal } from './checkpoint-wal.js';

export interface WalCheckpointWorkerData {
  path: string;
  intervalMs: number;
  restartFrames: number;
}

const settings = workerData as WalCheckpointWorkerData;
const port = parentPort;
if (!port) throw new Error('wal-checkpoint-worker must run in a worker thread');

const db = new BetterSqlite3(settings.path);
// A RESTART waits this long for the writer and readers; PASSIVE never waits.
db.pragma('busy_timeout = 2000');

function pass(): void {
  try {
    checkpointWal(db, settings.restartFrames);
  } catch (error) {
    // SQLITE_BUSY is normal under load (the next pass catches up); anything else is reported.
    const code = (error as { code?: unknown }).code;
    if (code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED') port?.postMessage({ type: 'error', message: String(error) });
  }
}

const timer = setInterval(pass, settings.intervalMs);
port.on('message', (message: unknown) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  pass();
  db.close();
  port.close();
});
