// A stand-in for train-worker.js in worker-trainer.test.ts: counts how many probes run
// at once in a SharedArrayBuffer the test passes as `options.probe`, holds for a while
// (`options.holdMs`, default 150),
// then answers like a trainer.
import { parentPort, workerData } from 'node:worker_threads';

const counters = new Int32Array(workerData.options.probe);
const running = Atomics.add(counters, 0, 1) + 1;
Atomics.store(counters, 1, Math.max(Atomics.load(counters, 1), running));
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, workerData.options.holdMs ?? 150);
Atomics.sub(counters, 0, 1);
const bytes = new Uint8Array([running]).buffer;
parentPort.postMessage({ bytes, trainingMs: 150, articles: workerData.articles.length }, [bytes]);
