/** Hooks for metrics; the server wires them to its Prometheus registry. */
export interface TurnObserver {
  turnCompleted(kind: 'start' | 'message' | 'timer', seconds: number): void;
  timerFired(): void;
}

export const NO_OBSERVER: TurnObserver = { turnCompleted: () => undefined, timerFired: () => undefined };
