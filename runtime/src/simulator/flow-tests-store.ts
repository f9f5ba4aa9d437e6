/**
 * Where each flow's conversation tests (YAML text) are kept beside its draft. Saving
 * replaces the text; there is no revision: tests are edited by one person at a time in
 * the simulator and never change what customers see.
 */
export interface FlowTests {
  flowId: string;
  yaml: string;
  /** ISO-8601 UTC. */
  updatedAt: string;
}

export interface FlowTestsStore {
  get(flowId: string): Promise<FlowTests | null>;
  save(flowId: string, yaml: string): Promise<FlowTests>;
}

/** Tests files larger than this are refused (the runner's own limit is 2 MB per file). */
export const MAX_FLOW_TESTS_CHARS = 256 * 1024;
