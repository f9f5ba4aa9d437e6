import { z } from 'zod';

/**
 * The shape of a conversation test file (YAML or JSON). Objects are strict: a
 * misspelt key is reported, never ignored. Steps are checked one by one in
 * `parse-step.ts` so that each error names the step.
 */
const locale = z.enum(['en', 'zh-CN']);

export const caseSchema = z.strictObject({
  name: z.string().min(1),
  locale: locale.optional(),
  /** Fail when the bot says something the case does not check (default false). */
  exhaustive: z.boolean().optional(),
  /** Variables set before the conversation starts. */
  vars: z.record(z.string(), z.unknown()).optional(),
  steps: z.array(z.unknown()).min(1),
});

const httpStubSchema = z
  .strictObject({
    url: z.string().regex(/^https?:\/\/\S+$/, 'an http(s) URL, or a prefix ending in *'),
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).optional(),
    status: z.number().int().min(100).max(599).optional(),
    headers: z.record(z.string(), z.string()).optional(),
    json: z.unknown().optional(),
    text: z.string().optional(),
  })
  .refine((stub) => stub.json === undefined || stub.text === undefined, 'give json or text, not both');

export const testFileSchema = z.strictObject({
  name: z.string().min(1),
  locale: locale.optional(),
  description: z.string().optional(),
  /** Flow files, relative to the test file. Omitted: run against the published version. */
  flows: z.array(z.string().min(1)).min(1).optional(),
  /** Settings file, relative to the test file. */
  settings: z.string().min(1).optional(),
  /** Id of the flow the conversation starts in (overrides the entry flow). */
  startFlow: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/).optional(),
  exhaustive: z.boolean().optional(),
  /**
   * Knowledge-base files (JSON Lines, relative to the test file) for `kb-answer` nodes:
   * one file is KB `default`; a map names several.
   */
  kb: z.union([z.string().min(1), z.record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.string().min(1))]).optional(),
  /** What the handoff service answers (default `no-agent`: nobody online, as without an inbox). */
  handoff: z.enum(['assigned', 'queued', 'no-agent']).optional(),
  /** Canned answers to the HTTP calls nodes make; when present, nothing else is called. */
  http: z.array(httpStubSchema).min(1).optional(),
  cases: z.array(caseSchema).min(1),
});

export const botExpectationSchema = z.union([
  z.string(),
  z
    .strictObject({
      text: z.string().optional(),
      contains: z.string().min(1).optional(),
      matches: z.string().min(1).optional(),
      buttons: z.array(z.string()).optional(),
    })
    .refine((v) => Object.keys(v).length > 0, 'say what to check: text, contains, matches or buttons'),
]);

export const expectSchema = z
  .strictObject({
    vars: z.record(z.string(), z.unknown()).optional(),
    status: z.enum(['active', 'ended']).optional(),
    /** Id of the node waiting for the customer; null when nothing waits. */
    waitingAt: z.string().nullable().optional(),
    /** Id of the flow the conversation is in. */
    flow: z.string().optional(),
    /** True: the bot has said nothing that was not checked yet. */
    noMoreBot: z.boolean().optional(),
    /**
     * Reporting events (`report` node, e.g. csat) the conversation has emitted so far, in
     * order; each listed `data` key must match, others are not checked. `[]`: none.
     */
    reported: z.array(z.strictObject({ name: z.string().min(1), data: z.record(z.string(), z.unknown()).optional() })).optional(),
  })
  .refine((v) => Object.keys(v).length > 0, 'say what to check: vars, status, waitingAt, flow, noMoreBot or reported');

export type TestFileInput = z.infer<typeof testFileSchema>;
export type BotExpectation = z.infer<typeof botExpectationSchema>;
export type StateExpectation = z.infer<typeof expectSchema>;
