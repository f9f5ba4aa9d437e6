import { EntitySchema } from '@mikro-orm/core';

/**
 * A flow's conversation tests (YAML), saved with its draft and run from the editor's
 * simulator. Draft-only: they are not part of the published bundle (a bundle is what
 * conversations run; tests are an authoring aid).
 */
export interface FlowTestSuiteRow {
  flowId: string;
  yaml: string;
  updatedAt: Date;
}

export const FlowTestSuite = new EntitySchema<FlowTestSuiteRow>({
  name: 'FlowTestSuite',
  tableName: 'flow_tests',
  properties: {
    flowId: { type: 'string', primary: true, length: 64 },
    yaml: { type: 'text' },
    updatedAt: { type: 'datetime' },
  },
});
