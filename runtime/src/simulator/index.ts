export { simulate, type SimulationStep, type SimulatorDeps, type SimulatorEvent } from './simulate.js';
export { runDraftTests, type DraftTestsResult } from './run-draft-tests.js';
export { simulatorBundle } from './simulator-bundle.js';
export { MAX_FLOW_TESTS_CHARS, type FlowTests, type FlowTestsStore } from './flow-tests-store.js';
export { OrmFlowTestsStore } from './orm-flow-tests-store.js';
export { MemoryFlowTestsStore } from './memory-flow-tests-store.js';
