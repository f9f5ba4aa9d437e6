import type { KefuOrm } from '../db/open-orm.js';
import { FlowTestSuite } from '../db/entities/flow-test-suite.js';
import type { FlowTests, FlowTestsStore } from './flow-tests-store.js';

/** Flow tests in the `flow_tests` table (one row per flow, upserted). */
export class OrmFlowTestsStore implements FlowTestsStore {
  readonly #orm: KefuOrm;

  constructor(orm: KefuOrm) {
    this.#orm = orm;
  }

  async get(flowId: string): Promise<FlowTests | null> {
    const row = await this.#orm.em.fork().findOne(FlowTestSuite, { flowId });
    return row ? { flowId: row.flowId, yaml: row.yaml, updatedAt: new Date(row.updatedAt).toISOString() } : null;
  }

  async save(flowId: string, yaml: string): Promise<FlowTests> {
    const updatedAt = new Date();
    await this.#orm.em.fork().upsert(FlowTestSuite, { flowId, yaml, updatedAt });
    return { flowId, yaml, updatedAt: updatedAt.toISOString() };
  }
}
