/**
 * Every migration, in order. Listed explicitly (not globbed) so they run from the
 * compiled `dist/` without a TypeScript loader. Append; never edit a released one.
 */
import { Migration0001Initial } from './migrations/migration-0001-initial.js';
import { Migration0002Accounts } from './migrations/Migration0002Accounts.js';
import { Migration0003AuditAndCustomerData } from './migrations/Migration0003AuditAndCustomerData.js';
import { Migration0004IdleDeadline } from './migrations/Migration0004IdleDeadline.js';
import { Migration0005KnowledgeBase } from './migrations/Migration0005KnowledgeBase.js';
import { Migration0006FlowTests } from './migrations/Migration0006FlowTests.js';
import { Migration0007PartialClientMessageIndex } from './migrations/Migration0007PartialClientMessageIndex.js';

export const migrationsList = [
  { name: 'Migration0001Initial', class: Migration0001Initial },
  { name: 'Migration0002Accounts', class: Migration0002Accounts },
  { name: 'Migration0003AuditAndCustomerData', class: Migration0003AuditAndCustomerData },
  { name: 'Migration0004IdleDeadline', class: Migration0004IdleDeadline },
  { name: 'Migration0005KnowledgeBase', class: Migration0005KnowledgeBase },
  { name: 'Migration0006FlowTests', class: Migration0006FlowTests },
  { name: 'Migration0007PartialClientMessageIndex', class: Migration0007PartialClientMessageIndex },
];
