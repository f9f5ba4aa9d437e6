import { BUNDLE_MESSAGES } from './bundle-messages.js';
import { FLOW_MESSAGES } from './flow-messages.js';
import type { MessageCatalogue } from './message-catalogue.js';
import { NODE_MESSAGES } from './node-messages.js';
import { SCHEMA_MESSAGES } from './schema-messages.js';

/** Every problem code validation can report, with its message in each console language. */
export const PROBLEM_MESSAGES: MessageCatalogue = { ...SCHEMA_MESSAGES, ...FLOW_MESSAGES, ...BUNDLE_MESSAGES, ...NODE_MESSAGES };
