import { EntitySchema } from '@mikro-orm/core';
import type { BundleDocument } from '@kefu/schemas';

/** A published, immutable bundle. History is append-only; rollback appends a copy. */
export interface BundleVersionRow {
  version: number;
  hash: string;
  document: BundleDocument;
  author: string;
  message: string;
  createdAt: Date;
  rolledBackFrom: number | null;
}

export const BundleVersion = new EntitySchema<BundleVersionRow>({
  name: 'BundleVersion',
  tableName: 'bundle_versions',
  properties: {
    version: { type: 'integer', primary: true, autoincrement: false },
    hash: { type: 'string', length: 64 },
    document: { type: 'json' },
    author: { type: 'string', length: 200 },
    message: { type: 'text' },
    createdAt: { type: 'datetime' },
    rolledBackFrom: { type: 'integer', nullable: true },
  },
});
