import { EntitySchema } from '@mikro-orm/core';
import type { FlowDocument } from '@kefu/schemas';

/** A flow being edited. Drafts are mutable; `revision` guards concurrent saves. */
export interface FlowDraftRow {
  id: string;
  name: string;
  locale: string;
  document: FlowDocument;
  revision: number;
  updatedAt: Date;
}

export const FlowDraft = new EntitySchema<FlowDraftRow>({
  name: 'FlowDraft',
  tableName: 'flow_drafts',
  properties: {
    id: { type: 'string', primary: true, length: 64 },
    name: { type: 'string', length: 200 },
    locale: { type: 'string', length: 16 },
    document: { type: 'json' },
    revision: { type: 'integer' },
    updatedAt: { type: 'datetime' },
  },
});
