/** Frame timing figures from rAF timestamps: what panning the canvas felt like. */
export interface FrameStats {
  frames: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
  /** Frames missed at 60 Hz: a gap of n frame periods drops n - 1. */
  dropped: number;
}

const FRAME_MS = 1000 / 60;

export function frameStats(timestamps: readonly number[]): FrameStats {
  const deltas = timestamps.slice(1).map((time, index) => time - (timestamps[index] ?? time));
  if (deltas.length === 0) return { frames: 0, meanMs: 0, p95Ms: 0, maxMs: 0, dropped: 0 };
  const sorted = [...deltas].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
  const dropped = deltas.reduce((sum, delta) => sum + Math.max(0, Math.round(delta / FRAME_MS) - 1), 0);
  return {
    frames: deltas.length,
    meanMs: deltas.reduce((sum, delta) => sum + delta, 0) / deltas.length,
    p95Ms: p95,
    maxMs: sorted[sorted.length - 1] ?? 0,
    dropped,
  };
}
