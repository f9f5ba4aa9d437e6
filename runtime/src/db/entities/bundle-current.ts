import { EntitySchema } from '@mikro-orm/core';

/** The single-row pointer to the version new conversations start on (`id` is always 1). */
export interface BundleCurrentRow {
  id: number;
  version: number;
  updatedAt: Date;
}

export const BUNDLE_CURRENT_ID = 1;

export const BundleCurrent = new EntitySchema<BundleCurrentRow>({
  name: 'BundleCurrent',
  tableName: 'bundle_current',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    version: { type: 'integer' },
    updatedAt: { type: 'datetime' },
  },
});
