import { EntitySchema } from '@mikro-orm/core';

/** A customer as known to the chat API. The name is PII and stored encrypted (see crypto/). */
export interface CustomerRow {
  id: string;
  externalId: string | null;
  nameEncrypted: string | null;
  createdAt: Date;
}

export const Customer = new EntitySchema<CustomerRow>({
  name: 'Customer',
  tableName: 'customers',
  properties: {
    id: { type: 'uuid', primary: true },
    externalId: { type: 'string', length: 200, nullable: true },
    nameEncrypted: { type: 'text', nullable: true },
    createdAt: { type: 'datetime' },
  },
});
