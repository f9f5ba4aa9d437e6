/**
 * Inputs of the simulator procedures. The draft document is checked like a draft save
 * (`draftDocumentInput`); `simulatorBundle` then validates it fully and reports every
 * problem with its pointer. The state is the one the previous call returned; a state
 * edited by hand can only make the engine answer with its own apology.
 */
import { z } from 'zod';
import type { ConversationState } from '../../engine/types.js';
import { MAX_FLOW_TESTS_CHARS } from '../../simulator/index.js';

export { draftDocumentInput } from '../drafts/draft-inputs.js';

const varValue = z.json();

export const simulatorStateInput = z
  .object({
    bundleVersion: z.number().int().nonnegative(),
    flowId: z.string().max(64),
    nodeId: z.string().max(64).nullable(),
    waitingFor: z.object({ for: z.literal('input'), timeoutSeconds: z.number().positive().optional() }).nullable(),
    vars: z.record(z.string(), varValue),
    stack: z.array(z.object({ flowId: z.string().max(64), nodeId: z.string().max(64) })).max(16),
    counters: z.record(z.string(), z.number()),
    status: z.enum(['active', 'ended']),
    locale: z.enum(['en', 'zh-CN']),
    lastMessage: z.string().nullable().optional(),
  })
  .transform((value) => value as ConversationState);

export const simulatorEventInput = z.union([
  z.object({ text: z.string().min(1).max(4000) }),
  z.object({ choiceId: z.string().min(1).max(64) }),
  z.object({ timeout: z.literal(true) }),
]);

export const testsYamlInput = z.string().max(MAX_FLOW_TESTS_CHARS);
