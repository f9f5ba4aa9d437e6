/** JSON Schemas of the public chat API's requests; closed, so a misspelt field is a 400. */
import { LOCALES } from '@kefu/schemas';

export const conversationParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64 } },
} as const;

export const startConversationBody = {
  type: 'object',
  additionalProperties: false,
  properties: {
    customer: {
      type: 'object',
      additionalProperties: false,
      properties: {
        externalId: { type: 'string', minLength: 1, maxLength: 200 },
        name: { type: 'string', minLength: 1, maxLength: 200 },
        // Formats are checked (and normalised) by customers/contact-fields.ts.
        phone: { type: 'string', minLength: 1, maxLength: 40 },
        email: { type: 'string', minLength: 3, maxLength: 254 },
      },
    },
    locale: { type: 'string', enum: [...LOCALES] },
  },
} as const;

export const postMessageBody = {
  type: 'object',
  additionalProperties: false,
  required: ['clientMessageId'],
  properties: {
    clientMessageId: { type: 'string', minLength: 1, maxLength: 100, pattern: '^[\\x21-\\x7e]+$' },
    text: { type: 'string', minLength: 1, maxLength: 4000 },
    choiceId: { type: 'string', minLength: 1, maxLength: 64 },
  },
} as const;

export const feedbackBody = {
  type: 'object',
  additionalProperties: false,
  required: ['messageSeq', 'rating'],
  properties: {
    messageSeq: { type: 'integer', minimum: 1, maximum: 999_999_999 },
    rating: { type: 'string', enum: ['up', 'down'] },
  },
} as const;

export const listMessagesQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { after: { type: 'string', pattern: '^\\d{1,9}$' } },
} as const;

export const webSocketQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    token: { type: 'string', maxLength: 200 },
    after: { type: 'string', pattern: '^\\d{1,9}$' },
  },
} as const;
