/**
 * The few Prometheus metrics Kefu exposes, rendered in the text exposition format.
 * Small on purpose: a full client library is not worth a dependency for four series.
 */
import type { TurnObserver } from '../chat/turn-observer.js';

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

type TurnKind = 'start' | 'message' | 'timer';

export class MetricsRegistry implements TurnObserver {
  readonly #turns = new Map<TurnKind, number>();
  readonly #bucketCounts = DURATION_BUCKETS.map(() => 0);
  #durationSum = 0;
  #durationCount = 0;
  #timersFired = 0;
  #openWebSockets = 0;

  turnCompleted(kind: TurnKind, seconds: number): void {
    this.#turns.set(kind, (this.#turns.get(kind) ?? 0) + 1);
    this.#durationSum += seconds;
    this.#durationCount += 1;
    for (let index = 0; index < DURATION_BUCKETS.length; index++) {
      if (seconds <= DURATION_BUCKETS[index]!) this.#bucketCounts[index] = (this.#bucketCounts[index] ?? 0) + 1;
    }
  }

  timerFired(): void {
    this.#timersFired += 1;
  }

  webSocketOpened(): void {
    this.#openWebSockets += 1;
  }

  webSocketClosed(): void {
    this.#openWebSockets = Math.max(0, this.#openWebSockets - 1);
  }

  render(): string {
    const lines: string[] = [
      '# HELP kefu_turns_total Conversation turns committed, by kind.',
      '# TYPE kefu_turns_total counter',
    ];
    for (const kind of ['start', 'message', 'timer'] as const) lines.push(`kefu_turns_total{kind="${kind}"} ${this.#turns.get(kind) ?? 0}`);
    lines.push('# HELP kefu_turn_duration_seconds Time from receiving a turn to its commit.', '# TYPE kefu_turn_duration_seconds histogram');
    for (const [index, bound] of DURATION_BUCKETS.entries()) lines.push(`kefu_turn_duration_seconds_bucket{le="${bound}"} ${this.#bucketCounts[index] ?? 0}`);
    lines.push(
      `kefu_turn_duration_seconds_bucket{le="+Inf"} ${this.#durationCount}`,
      `kefu_turn_duration_seconds_sum ${this.#durationSum}`,
      `kefu_turn_duration_seconds_count ${this.#durationCount}`,
      '# HELP kefu_websocket_connections Open customer WebSocket connections.',
      '# TYPE kefu_websocket_connections gauge',
      `kefu_websocket_connections ${this.#openWebSockets}`,
      '# HELP kefu_timers_fired_total Durable timers fired.',
      '# TYPE kefu_timers_fired_total counter',
      `kefu_timers_fired_total ${this.#timersFired}`,
      '# HELP process_resident_memory_bytes Resident memory size in bytes.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${process.memoryUsage.rss()}`,
    );
    return `${lines.join('\n')}\n`;
  }
}
