import { describe, expect, it } from 'vitest';
import { initialState } from './initial-state.js';
import { step } from './step.js';
import { buildBundle, buildFlow, recordingLogger } from './test-support/build-flow.js';
import type { ConversationState, Services } from './types.js';

const greeting = buildFlow(
  'greeting',
  [
    ['start', 'start'],
    ['hello', 'message', { text: 'Hello {{vars.name}}' }],
    ['askName', 'ask', { prompt: 'Your name?', variable: 'name', validation: { kind: 'text' } }],
    ['bye', 'end', { message: 'Bye {{vars.name}}' }],
  ],
  [
    ['start', 'next', 'hello'],
    ['hello', 'next', 'askName'],
    ['askName', 'answered', 'bye'],
  ],
  { variables: [{ name: 'name', type: 'string', default: 'guest' }] },
);

function services(bundle = buildBundle([greeting])): Services & { logger: ReturnType<typeof recordingLogger> } {
  return { bundle, now: () => new Date('2025-01-01T00:00:00Z'), logger: recordingLogger() };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('step', () => {
  it('runs from the start node until a node waits, and arms the session timer', async () => {
    const s = services();
    const state = initialState(s.bundle, { bundleVersion: 3, locale: 'en' });
    const result = await step(state, { type: 'start' }, s);
    expect(result.outputs.map((m) => m.kind === 'text' && m.text)).toEqual(['Hello guest', 'Your name?']);
    expect(result.state).toMatchObject({ nodeId: 'askName', waitingFor: { for: 'input' }, status: 'active', bundleVersion: 3 });
    expect(result.effects).toEqual([{ type: 'timer.set', name: 'session-timeout', dueInSeconds: 1800 }]);
  });

  it('resumes the waiting node with the message and ends the conversation at an end node', async () => {
    const s = services();
    const started = await step(initialState(s.bundle, { bundleVersion: 1 }), { type: 'start' }, s);
    const result = await step(started.state, { type: 'message', text: 'Ada' }, s);
    expect(result.outputs).toEqual([{ kind: 'text', text: 'Bye Ada' }]);
    expect(result.state).toMatchObject({ status: 'ended', nodeId: null, waitingFor: null, vars: { name: 'Ada' }, lastMessage: 'Ada' });
    expect(result.effects).toEqual([
      { type: 'timer.cancel', name: 'node-timeout' },
      { type: 'timer.cancel', name: 'session-timeout' },
      { type: 'conversation.ended', reason: 'completed' },
    ]);
  });

  it('never mutates the state it is given', async () => {
    const s = services();
    const started = await step(initialState(s.bundle, { bundleVersion: 1 }), { type: 'start' }, s);
    const frozen = deepFreeze(structuredClone(started.state));
    const result = await step(frozen, { type: 'message', text: 'Ada' }, s);
    expect(result.state).not.toBe(frozen);
    expect(frozen.vars).toEqual({ name: 'guest' });
  });

  it('ignores a message when nothing waits, and any event after the end', async () => {
    const s = services();
    const fresh = initialState(s.bundle, { bundleVersion: 1 });
    const early = await step(fresh, { type: 'message', text: 'hi' }, s);
    expect(early.state).toBe(fresh);
    expect(early.outputs).toEqual([]);
    expect(early.effects).toEqual([{ type: 'report', name: 'event.ignored', data: { event: 'message', reason: 'nothing-waiting' } }]);

    const ended: ConversationState = { ...fresh, status: 'ended', nodeId: null };
    const late = await step(ended, { type: 'start' }, s);
    expect(late.state).toBe(ended);
    expect(late.effects[0]).toMatchObject({ type: 'report', name: 'event.ignored', data: { reason: 'conversation-ended' } });
  });

  it('closes the idle conversation on session-timeout with the configured message', async () => {
    const s = services(buildBundle([greeting], { sessionTimeoutMessage: { en: 'Closed for inactivity.' } }));
    const started = await step(initialState(s.bundle, { bundleVersion: 1 }), { type: 'start' }, s);
    const result = await step(started.state, { type: 'timer', name: 'session-timeout' }, s);
    expect(result.outputs).toEqual([{ kind: 'system', text: 'Closed for inactivity.' }]);
    expect(result.state.status).toBe('ended');
    expect(result.effects).toContainEqual({ type: 'conversation.ended', reason: 'session-timeout' });
    expect(result.effects).toContainEqual({ type: 'timer.cancel', name: 'session-timeout' });
    expect(result.effects).toContainEqual({ type: 'timer.cancel', name: 'node-timeout' });
  });

  it('ends the conversation on a closed event without saying anything', async () => {
    const s = services();
    const started = await step(initialState(s.bundle, { bundleVersion: 1 }), { type: 'start' }, s);
    const result = await step(started.state, { type: 'closed', reason: 'customer-left' }, s);
    expect(result.outputs).toEqual([]);
    expect(result.state.status).toBe('ended');
    expect(result.effects).toContainEqual({ type: 'conversation.ended', reason: 'customer-left' });
  });
});

describe('initialState', () => {
  const zh = buildFlow('greeting-zh', [['start', 'start'], ['done', 'end']], [['start', 'next', 'done']], { locale: 'zh-CN' });

  it('picks the entry flow of the locale and initialises declared defaults', () => {
    const bundle = buildBundle([greeting, zh], { entryFlows: { en: 'greeting', 'zh-CN': 'greeting-zh' } });
    expect(initialState(bundle, { bundleVersion: 2, locale: 'zh-CN' })).toMatchObject({ flowId: 'greeting-zh', locale: 'zh-CN', vars: {} });
    expect(initialState(bundle, { bundleVersion: 2, locale: 'en' })).toMatchObject({
      flowId: 'greeting',
      nodeId: 'start',
      vars: { name: 'guest' },
      stack: [],
      counters: {},
      status: 'active',
    });
  });

  it('falls back to the default locale when the locale has no entry flow', () => {
    const bundle = buildBundle([greeting, zh], { entryFlows: { en: 'greeting' } });
    expect(initialState(bundle, { bundleVersion: 1, locale: 'zh-CN' })).toMatchObject({ flowId: 'greeting', locale: 'en' });
  });

  it('throws a coded error when the entry flow is missing', () => {
    const bundle = buildBundle([greeting], { entryFlows: { en: 'nope' } });
    expect(() => initialState(bundle, { bundleVersion: 1 })).toThrow(expect.objectContaining({ code: 'KEFU_ERR_NO_ENTRY_FLOW' }));
  });
});
