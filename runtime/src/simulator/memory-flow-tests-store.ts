import type { FlowTests, FlowTestsStore } from './flow-tests-store.js';

/** Flow tests in a Map, for the console API's in-memory test context. */
export class MemoryFlowTestsStore implements FlowTestsStore {
  readonly #tests = new Map<string, FlowTests>();

  async get(flowId: string): Promise<FlowTests | null> {
    return this.#tests.get(flowId) ?? null;
  }

  async save(flowId: string, yaml: string): Promise<FlowTests> {
    const saved = { flowId, yaml, updatedAt: new Date().toISOString() };
    this.#tests.set(flowId, saved);
    return saved;
  }
}
