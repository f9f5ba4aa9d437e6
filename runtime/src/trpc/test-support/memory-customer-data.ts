/**
 * In-memory customers and conversations for the console API's tests, with the same
 * viewer-scope rule as the SQL services. Seeded with one conversation in skill group
 * `support` whose customer is `SAMPLE_CUSTOMER_ID`.
 */
import type { ApiMessage } from '../../chat/api-message.js';
import type { ConversationDirectory, ConversationSummary } from '../../conversations/conversation-directory.js';
import type { ViewerScope } from '../../conversations/viewer-scope.js';
import type { CustomerProfile, CustomerService } from '../../customers/customer-service.js';
import { KefuError } from '../../errors.js';

export const SAMPLE_CONVERSATION_ID = '00000000-0000-4000-8000-000000000001';
export const SAMPLE_CUSTOMER_ID = '00000000-0000-4000-8000-0000000000c1';
export const SAMPLE_SKILL_GROUP = 'support';

interface StoredConversation {
  conversation: ConversationSummary;
  messages: ApiMessage[];
}

export function memoryCustomerData(): { customers: CustomerService; conversations: ConversationDirectory } {
  const at = new Date(Date.UTC(2025, 0, 1)).toISOString();
  const customers = new Map<string, CustomerProfile>([
    [SAMPLE_CUSTOMER_ID, { id: SAMPLE_CUSTOMER_ID, externalId: null, name: 'Li Lei', phone: '+8613800138000', email: 'li@example.com', profile: {}, createdAt: at }],
  ]);
  const conversations = new Map<string, StoredConversation>([
    [
      SAMPLE_CONVERSATION_ID,
      {
        conversation: { id: SAMPLE_CONVERSATION_ID, customerId: SAMPLE_CUSTOMER_ID, status: 'active', locale: 'en', skillGroup: SAMPLE_SKILL_GROUP, bundleVersion: 1, lastSeq: 1, createdAt: at, updatedAt: at },
        messages: [{ id: '00000000-0000-4000-8000-0000000000a1', seq: 1, role: 'bot', kind: 'text', text: 'Hello', createdAt: at }],
      },
    ],
  ]);
  const visible = (entry: StoredConversation, scope: ViewerScope) =>
    scope.kind === 'all' || (entry.conversation.skillGroup !== null && scope.groups.includes(entry.conversation.skillGroup));

  return {
    customers: {
      async create() {
        throw new KefuError('KEFU_ERR_BAD_REQUEST', 'The in-memory test service creates no customers.');
      },
      async get(id, scope = { kind: 'all' }) {
        const customer = customers.get(id);
        if (!customer) return null;
        const seen = [...conversations.values()].some((entry) => entry.conversation.customerId === id && visible(entry, scope));
        return scope.kind === 'all' || seen ? customer : null;
      },
      async findByPhone(phone) {
        return [...customers.values()].filter((customer) => customer.phone === phone).map((customer) => customer.id);
      },
      async findByEmail(email) {
        return [...customers.values()].filter((customer) => customer.email === email.toLowerCase()).map((customer) => customer.id);
      },
      async erase(customerId) {
        if (!customers.delete(customerId)) throw new KefuError('KEFU_ERR_NOT_FOUND', 'No such customer.', { path: '/customerId' });
        let erased = 0;
        let messages = 0;
        for (const [id, entry] of conversations) {
          if (entry.conversation.customerId !== customerId) continue;
          conversations.delete(id);
          erased += 1;
          messages += entry.messages.length;
        }
        return { conversations: erased, messages };
      },
    },
    conversations: {
      async list(scope) {
        return { conversations: [...conversations.values()].filter((entry) => visible(entry, scope)).map((entry) => entry.conversation), nextCursor: null };
      },
      async get(id, scope) {
        const entry = conversations.get(id);
        return entry && visible(entry, scope) ? entry : null;
      },
    },
  };
}
