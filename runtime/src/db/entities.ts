/**
 * Every entity MikroORM knows; the migrations create these tables, plus the knowledge
 * base's (Migration0005), which are used through LeanDb only (bulk imports) and have none.
 */
import { AppSetting } from './entities/app-setting.js';
import { AuditLogEntry } from './entities/audit-log-entry.js';
import { BundleCurrent } from './entities/bundle-current.js';
import { BundleVersion } from './entities/bundle-version.js';
import { Conversation } from './entities/conversation.js';
import { Customer } from './entities/customer.js';
import { FlowDraft } from './entities/flow-draft.js';
import { FlowTestSuite } from './entities/flow-test-suite.js';
import { LoginAttempt } from './entities/login-attempt.js';
import { Message } from './entities/message.js';
import { PasswordHistory } from './entities/password-history.js';
import { Session } from './entities/session.js';
import { Timer } from './entities/timer.js';
import { User } from './entities/user.js';

export const entities = [
  FlowDraft,
  BundleVersion,
  BundleCurrent,
  Customer,
  Conversation,
  Message,
  Timer,
  User,
  PasswordHistory,
  Session,
  LoginAttempt,
  AppSetting,
  AuditLogEntry,
  FlowTestSuite,
];
