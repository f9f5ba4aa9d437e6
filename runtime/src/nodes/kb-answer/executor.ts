import type { Effect, OutgoingMessage, Vars } from '../../engine/types.js';
import { unansweredEffect } from '../../engine/unanswered-effect.js';
import type { KbDecision, UnansweredInput } from '../../kb/kb-types.js';
import { defineExecutor } from '../define-executor.js';
import type { NodeContext } from '../node-context.js';
import type { NodeResult } from '../node-result.js';
import type { KbAnswerConfig } from './config.generated.js';
import definition from './definition.js';
import { PENDING_VAR, pendingFromVars, pendingToVar, type PendingSuggestions } from './pending-suggestions.js';
import { KB_ANSWER_TEXTS } from './texts.js';

const DEFAULT_KB = 'default';
const SUGGESTIONS = 3;
/** Messages before the question kept with an unanswered question. */
const CONTEXT_MESSAGES = 5;
const NONE_CHOICE = 'none';
const suggestionChoice = (index: number) => `s${index + 1}`;

function kbName(config: KbAnswerConfig): string {
  return config.kb ?? DEFAULT_KB;
}

/** Variables the node writes: the designer's, and the reserved pending-suggestions one. */
function outVars(config: KbAnswerConfig, decision: KbDecision, articleId: string | null, pending: PendingSuggestions | null): Vars {
  const vars: Vars = { [PENDING_VAR]: pending ? pendingToVar(pending) : null };
  if (config.decisionVariable) vars[config.decisionVariable] = decision;
  if (config.articleIdVariable) vars[config.articleIdVariable] = articleId;
  return vars;
}

/** The article's answer as a `kb-answer` message, or null when it is no longer answerable. */
async function answer(ctx: NodeContext, config: KbAnswerConfig, query: string, articleId: string): Promise<OutgoingMessage | null> {
  const kb = kbName(config);
  const article = await ctx.kb.article(kb, articleId);
  if (!article) return null;
  return { kind: 'kb-answer', text: article.answer, kb, articleId: article.id, question: query, feedback: true };
}

/**
 * Leaves by `no-answer`. The question is logged through a `kb.unanswered` effect, which
 * the chat applies once the turn has committed: a turn re-run after a write race must
 * not log the same question twice (docs/plugins.md, idempotent side effects).
 */
async function noAnswer(ctx: NodeContext, config: KbAnswerConfig, query: string, decision: KbDecision): Promise<NodeResult> {
  const effects: Effect[] = [];
  if (config.logUnanswered !== false && query !== '') {
    const entry: UnansweredInput = {
      kb: kbName(config),
      question: query,
      reason: 'no-answer',
      ...(ctx.conversationId ? { conversationId: ctx.conversationId } : {}),
      context: await ctx.recentMessages(CONTEXT_MESSAGES),
    };
    effects.push(unansweredEffect(entry));
  }
  return {
    vars: outVars(config, decision, null, null),
    ...(config.noAnswerText ? { say: [{ kind: 'text', text: ctx.render(config.noAnswerText) }] } : {}),
    effects,
    port: 'no-answer',
  };
}

async function search(ctx: NodeContext, config: KbAnswerConfig): Promise<NodeResult> {
  const raw = config.query ? ctx.evaluate(config.query) : ctx.evaluate('message.text');
  const query = (typeof raw === 'string' ? raw : raw === null ? '' : String(raw)).trim();
  if (query === '') return noAnswer(ctx, config, query, 'none');
  const result = await ctx.kb.search(kbName(config), query, { top: SUGGESTIONS });
  const [best] = result.hits;
  if (result.decision === 'answer' && best) {
    const message = await answer(ctx, config, query, best.id);
    if (message) return { say: [message], vars: outVars(config, 'answer', best.id, null), port: 'answered' };
  }
  if (result.decision === 'suggest' && best) {
    const hits = result.hits.slice(0, SUGGESTIONS).map((h) => ({ id: h.id, question: h.question }));
    const texts = KB_ANSWER_TEXTS[ctx.locale];
    const choices = [
      ...hits.map((h, index) => ({ id: suggestionChoice(index), label: h.question })),
      { id: NONE_CHOICE, label: config.noneLabel ?? texts.noneLabel },
    ];
    const prompt = config.suggestPrompt ? ctx.render(config.suggestPrompt) : texts.suggestPrompt;
    return { say: [{ kind: 'choices', text: prompt, choices }], vars: outVars(config, 'suggest', null, { query, hits }), wait: { for: 'input' } };
  }
  return noAnswer(ctx, config, query, 'none');
}

/** Which suggestion the customer took: a click, its number, or its question typed out. */
function picked(ctx: NodeContext, pending: PendingSuggestions, noneLabel: string): number | 'none' | null {
  const input = ctx.input;
  if (input === null || input.kind === 'timer') return null;
  if (input.kind === 'choice') {
    if (input.choiceId === NONE_CHOICE) return 'none';
    const index = pending.hits.findIndex((_h, i) => suggestionChoice(i) === input.choiceId);
    if (index >= 0) return index;
  }
  const text = input.text.trim().toLowerCase();
  if (text === noneLabel.trim().toLowerCase()) return 'none';
  const byNumber = /^\d$/.test(text) ? Number(text) - 1 : -1;
  if (byNumber >= 0 && byNumber < pending.hits.length) return byNumber;
  const byQuestion = pending.hits.findIndex((h) => h.question.trim().toLowerCase() === text);
  return byQuestion >= 0 ? byQuestion : null;
}

async function resume(ctx: NodeContext, config: KbAnswerConfig): Promise<NodeResult> {
  const pending = pendingFromVars(ctx.vars);
  // Nothing to pick from (a bundle changed under a waiting conversation): search afresh.
  if (!pending) return search(ctx, config);
  const choice = picked(ctx, pending, config.noneLabel ?? KB_ANSWER_TEXTS[ctx.locale].noneLabel);
  if (choice === 'none') return noAnswer(ctx, config, pending.query, 'suggest');
  const hit = choice === null ? undefined : pending.hits[choice];
  if (hit) {
    const message = await answer(ctx, config, pending.query, hit.id);
    if (message) return { say: [message], vars: outVars(config, 'suggest', hit.id, null), port: 'answered' };
    return noAnswer(ctx, config, pending.query, 'suggest');
  }
  // The customer moved on: their new message is `message.text` for the next node.
  return { vars: outVars(config, 'suggest', null, null), port: 'suggested' };
}

export default defineExecutor(definition, (ctx, config) => (ctx.input === null ? search(ctx, config) : resume(ctx, config)));
