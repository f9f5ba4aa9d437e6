/**
 * Stable codes the engine puts on system messages and `conversation.ended` effects.
 * They mirror the project's `KEFU_ERR_*` catalogue; clients may switch on them.
 */
export const ENGINE_CODES = {
  nodeFailed: 'KEFU_ERR_NODE_FAILED',
  stepLimit: 'KEFU_ERR_STEP_LIMIT',
} as const;

/** Timer names the engine arms and understands. */
export const TIMERS = {
  session: 'session-timeout',
  node: 'node-timeout',
} as const;

/** Nested go-to-flow calls deeper than this fail the calling node (runaway recursion guard). */
export const MAX_CALL_DEPTH = 16;

/** Used when a bundle's settings omit `maxStepsPerTurn`. */
export const DEFAULT_MAX_STEPS_PER_TURN = 200;
