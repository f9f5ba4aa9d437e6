/** Every entity MikroORM knows; the migrations create exactly these tables. */
import { AuditLogEntry } from './entities/audit-log-entry.js';
import { BundleCurrent } from './entities/bundle-current.js';
import { BundleVersion } from './entities/bundle-version.js';
import { Conversation } from './entities/conversation.js';
import { Customer } from './entities/customer.js';
import { FlowDraft } from './entities/flow-draft.js';
import { Message } from './entities/message.js';
import { Timer } from './entities/timer.js';

export const entities = [FlowDraft, BundleVersion, BundleCurrent, Customer, Conversation, Message, Timer, AuditLogEntry];
