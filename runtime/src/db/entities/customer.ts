import { EntitySchema } from '@mikro-orm/core';

/**
 * A customer as known to the chat API. Name, phone, email and profile are PII and
 * stored encrypted (see customers/customer-protector.ts); phone and email are also
 * kept as keyed blind indexes so a customer can be found without decrypting anyone.
 */
export interface CustomerRow {
  id: string;
  externalId: string | null;
  nameEncrypted: string | null;
  phoneEncrypted: string | null;
  emailEncrypted: string | null;
  profileEncrypted: string | null;
  phoneIndex: string | null;
  emailIndex: string | null;
  createdAt: Date;
}

export const Customer = new EntitySchema<CustomerRow>({
  name: 'Customer',
  tableName: 'customers',
  properties: {
    id: { type: 'uuid', primary: true },
    externalId: { type: 'string', length: 200, nullable: true },
    nameEncrypted: { type: 'text', nullable: true },
    phoneEncrypted: { type: 'text', nullable: true },
    emailEncrypted: { type: 'text', nullable: true },
    profileEncrypted: { type: 'text', nullable: true },
    phoneIndex: { type: 'string', length: 64, nullable: true },
    emailIndex: { type: 'string', length: 64, nullable: true },
    createdAt: { type: 'datetime' },
  },
});
