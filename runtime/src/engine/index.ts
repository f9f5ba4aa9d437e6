export { step } from './step.js';
export { initialState, NoEntryFlowError } from './initial-state.js';
export { ENGINE_CODES, TIMERS, MAX_CALL_DEPTH } from './engine-codes.js';
export type * from './types.js';
