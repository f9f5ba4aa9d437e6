import type { BundleDocument, Locale } from '@kefu/schemas';
import { initialState } from '../engine/initial-state.js';
import { unansweredOf } from '../engine/unanswered-effect.js';
import { step } from '../engine/step.js';
import type { Choice, ConversationState, EngineEvent, OutgoingMessage, Services, TranscriptLine } from '../engine/types.js';
import type { ConversationTestCase } from './conversation-test-file.js';
import type { CaseResult } from './conversation-test-result.js';
import { compareVar } from './compare-var.js';
import { matchBotMessage, messageText } from './match-bot-message.js';
import type { TestStep } from './test-step.js';

class StepFailed extends Error {}

/** Reports the engine emits about itself, not the flow's own reporting. */
const ENGINE_REPORTS = new Set(['event.ignored', 'node.failed']);

/** Drives one case through the real engine, in memory, exactly as the chat API would. */
export async function runCase(
  testCase: ConversationTestCase,
  bundle: BundleDocument,
  locale: Locale,
  services: Omit<Services, 'bundle'>,
): Promise<CaseResult> {
  const transcript: string[] = [];
  /** The conversation so far as the engine's `recentMessages` gives it. */
  const lines: TranscriptLine[] = [];
  const unchecked: OutgoingMessage[] = [];
  let lastChoices: Choice[] = [];
  const timers = new Set<string>();
  /** `report` effects from nodes (the engine's own `event.ignored` and `node.failed` are left out). */
  const reports: { name: string; data: Record<string, unknown> }[] = [];
  let state: ConversationState | null = null;

  const send = async (event: EngineEvent, label: string) => {
    if (!state) {
      const fresh = initialState(bundle, { bundleVersion: 0, locale });
      state = { ...fresh, vars: { ...fresh.vars, ...testCase.vars } };
    }
    if (state.status === 'ended') throw new StepFailed(`the conversation has already ended; cannot ${label}`);
    if (unchecked.length > 0 && testCase.exhaustive) {
      throw new StepFailed(`the bot said ${JSON.stringify(messageText(unchecked[0]!))} and no step checks it (exhaustive case)`);
    }
    unchecked.length = 0;
    const before = lines.slice();
    if (event.type === 'message') lines.push({ from: 'customer', text: event.text });
    if (event.type === 'choice') lines.push({ from: 'customer', text: event.text ?? event.choiceId });
    const recentMessages = async (limit: number) => before.slice(-limit);
    const result = await step(state, event, { ...services, bundle, conversationId: null, recentMessages });
    state = result.state;
    for (const effect of result.effects) {
      if (effect.type === 'timer.set' && typeof effect.name === 'string') timers.add(effect.name);
      if (effect.type === 'timer.cancel' && typeof effect.name === 'string') timers.delete(effect.name);
      const unanswered = unansweredOf(effect);
      if (unanswered) await services.kb?.logUnanswered(unanswered);
      if (effect.type === 'report' && typeof effect.name === 'string' && !ENGINE_REPORTS.has(effect.name)) {
        reports.push({ name: effect.name, data: (effect.data ?? {}) as Record<string, unknown> });
      }
    }
    for (const message of result.outputs) {
      transcript.push(`bot: ${messageText(message)}`);
      if (message.kind !== 'system') lines.push({ from: 'bot', text: messageText(message) });
      unchecked.push(message);
      if ((message.kind === 'text' || message.kind === 'choices') && message.choices?.length) lastChoices = message.choices;
    }
  };

  const run = async (s: TestStep) => {
    switch (s.kind) {
      case 'bot': {
        const next = unchecked.shift();
        if (!next) throw new StepFailed(`expected the bot to say ${JSON.stringify(s.expect)} but it said nothing more`);
        const mismatch = matchBotMessage(next, s.expect);
        if (mismatch) throw new StepFailed(mismatch);
        return;
      }
      case 'user':
        transcript.push(`user: ${s.text}`);
        return send({ type: 'message', text: s.text }, 'send a message');
      case 'choose': {
        const wanted = s.choice.trim().toLowerCase();
        const choice =
          lastChoices.find((c) => c.id.toLowerCase() === wanted) ?? lastChoices.find((c) => c.label.trim().toLowerCase() === wanted);
        if (!choice) {
          const offered = lastChoices.map((c) => `${c.label} (${c.id})`).join(', ') || 'none';
          throw new StepFailed(`no button ${JSON.stringify(s.choice)} was offered; buttons: ${offered}`);
        }
        transcript.push(`user: [${choice.label}]`);
        return send({ type: 'choice', choiceId: choice.id, text: choice.label }, 'click a button');
      }
      case 'timeout':
        if (!timers.has(s.timer)) throw new StepFailed(`no ${s.timer} timer is running at this point`);
        transcript.push(`(${s.timer})`);
        return send({ type: 'timer', name: s.timer }, `fire ${s.timer}`);
      case 'close':
        transcript.push('(customer closed the conversation)');
        return send({ type: 'closed', reason: 'customer' }, 'close it');
      case 'expect':
        return checkState(s.expect);
    }
  };

  const checkState = (expect: Extract<TestStep, { kind: 'expect' }>['expect']) => {
    if (!state) return;
    if ((expect.noMoreBot || testCase.exhaustive) && unchecked.length > 0) {
      throw new StepFailed(`the bot also said ${JSON.stringify(messageText(unchecked[0]!))}, which no step checks`);
    }
    if (expect.status !== undefined && state.status !== expect.status) {
      throw new StepFailed(`expected the conversation to be ${expect.status} but it is ${state.status}`);
    }
    const waitingAt = state.waitingFor ? state.nodeId : null;
    if (expect.waitingAt !== undefined && waitingAt !== expect.waitingAt) {
      throw new StepFailed(`expected the bot to wait at ${expect.waitingAt ?? 'no node'} but it waits at ${waitingAt ?? 'no node'}`);
    }
    if (expect.flow !== undefined && (state.status !== 'active' || state.flowId !== expect.flow)) {
      throw new StepFailed(`expected the conversation to be in flow ${expect.flow} but it is in ${state.status === 'active' ? state.flowId : 'no flow (ended)'}`);
    }
    for (const [name, value] of Object.entries(expect.vars ?? {})) {
      const mismatch = compareVar(name, value, state.vars[name]);
      if (mismatch) throw new StepFailed(mismatch);
    }
    if (expect.reported !== undefined) checkReports(expect.reported);
  };

  const checkReports = (expected: NonNullable<Extract<TestStep, { kind: 'expect' }>['expect']['reported']>) => {
    const seen = reports.map((r) => r.name).join(', ') || 'none';
    if (expected.length !== reports.length) throw new StepFailed(`expected ${expected.length} reporting event(s) but the conversation emitted ${reports.length}: ${seen}`);
    expected.forEach((want, i) => {
      const got = reports[i]!;
      if (got.name !== want.name) throw new StepFailed(`expected reporting event ${i + 1} to be ${want.name} but it is ${got.name}`);
      for (const [key, value] of Object.entries(want.data ?? {})) {
        const mismatch = compareVar(`${want.name}.${key}`, value, got.data[key]);
        if (mismatch) throw new StepFailed(mismatch.replace('variable', 'report value'));
      }
    });
  };

  let index = 0;
  try {
    await send({ type: 'start' }, 'start');
    for (const s of testCase.steps) {
      index += 1;
      await run(s);
    }
    index += 1;
    if (testCase.exhaustive && unchecked.length > 0) {
      throw new StepFailed(`the bot also said ${JSON.stringify(messageText(unchecked[0]!))}, which no step checks`);
    }
    return { name: testCase.name, passed: true };
  } catch (error) {
    // Anything else (a broken bundle, say) fails the case with its message instead of crashing the run.
    const message = error instanceof StepFailed ? error.message : `error: ${(error as Error).message}`;
    const at = testCase.steps[index - 1];
    return {
      name: testCase.name,
      passed: false,
      failure: { step: Math.min(index, testCase.steps.length), ...(at?.line ? { line: at.line } : {}), message, transcript },
    };
  }
}
