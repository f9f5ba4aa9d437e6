/**
 * Engine contract. `step(state, event, services)` is a pure-ish function of its
 * inputs: it never writes to a database. It returns the new state, the messages to
 * send and the effects to apply; the caller persists all three in ONE transaction.
 */
import type { BundleDocument, FlowDocument, Locale } from '@kefu/schemas';
import type { KbRuntime } from '../kb/kb-types.js';
import type { HttpClient } from '../net/http-client.js';
import type { NodeExecutor } from '../nodes/define-executor.js';
import type { HandoffService } from './handoff-service.js';

export type VarValue = string | number | boolean | null | VarValue[] | { [key: string]: VarValue };
export type Vars = Record<string, VarValue>;

export interface Frame {
  /** Flow to return to and the node (a go-to-flow node) that called the sub-flow. */
  flowId: string;
  nodeId: string;
}

export interface WaitSpec {
  /** What the node is waiting for: a typed message or a button choice (both accepted). */
  for: 'input';
  /** Seconds until the node is resumed with a `timer` event (node's `timeout` port). */
  timeoutSeconds?: number;
}

export interface ConversationState {
  bundleVersion: number;
  flowId: string;
  /** Current node; null once the conversation has ended. */
  nodeId: string | null;
  waitingFor: WaitSpec | null;
  vars: Vars;
  stack: Frame[];
  /** Per-node counters (retries, visits), keyed `${flowId}/${nodeId}/${name}`. */
  counters: Record<string, number>;
  status: 'active' | 'ended';
  locale: Locale;
  /**
   * The customer's last message (`message.text` in expressions). Kept across turns so
   * a condition after a timer turn still sees it. Absent in states written before it existed.
   */
  lastMessage?: string | null;
}

export type EngineEvent =
  | { type: 'start' }
  | { type: 'message'; text: string }
  | { type: 'choice'; choiceId: string; text?: string }
  | { type: 'timer'; name: string }
  | { type: 'agent-joined'; agentId: string }
  | { type: 'agent-closed'; agentId: string }
  | { type: 'closed'; reason: string };

export interface Choice {
  id: string;
  label: string;
}

export type OutgoingMessage =
  | { kind: 'text'; text: string; choices?: Choice[] }
  | { kind: 'choices'; text: string; choices: Choice[] }
  | { kind: 'card'; title: string; text?: string; imageUrl?: string; url?: string }
  | { kind: 'system'; text: string; code?: string }
  /**
   * An answer from the knowledge base: markdown-subset `text` (rendered safely by the
   * widget), where it came from, and `feedback: true` so the widget offers 👍/👎
   * (`POST /conversations/:id/feedback` with this message's seq).
   */
  | { kind: 'kb-answer'; text: string; kb: string; articleId: string; question: string; feedback: true };

/** One earlier message of the conversation, as the unanswered-question log keeps context. */
export interface TranscriptLine {
  from: 'customer' | 'bot' | 'agent';
  text: string;
}

export type Effect =
  /** (Re)arm a durable timer for this conversation; the same name replaces the old one. */
  | { type: 'timer.set'; name: string; dueInSeconds: number }
  | { type: 'timer.cancel'; name: string }
  | { type: 'conversation.ended'; reason: string; code?: string }
  /** A reporting event; later capabilities consume it. */
  | { type: 'report'; name: string; data?: Record<string, VarValue> }
  | { type: string; [key: string]: unknown };

export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What the engine needs from the outside world. Injected, never global. */
export interface Services {
  bundle: BundleDocument;
  now(): Date;
  logger: Logger;
  /**
   * Executors by node type. Defaults to the built-in nodes; a runtime with plugins
   * passes the built-ins plus the plugins' executors.
   */
  executors?: ReadonlyMap<string, NodeExecutor>;
  /** The knowledge bases (`kb-answer`). Absent: a KB node fails to its `error` port. */
  kb?: KbRuntime;
  /** Escalation to people (`handoff`). Absent: no agents are online. */
  handoff?: HandoffService;
  /** HTTP for executors, through the SSRF guard. Absent: public addresses only. */
  http?: HttpClient;
  /** The conversation being advanced, when it is stored (null in conversation tests). */
  conversationId?: string | null;
  /**
   * The last few stored messages before this turn, oldest first, read only when a node
   * asks (logging an unanswered question). Absent: none.
   */
  recentMessages?: (limit: number) => Promise<TranscriptLine[]>;
}

export interface StepResult {
  state: ConversationState;
  outputs: OutgoingMessage[];
  effects: Effect[];
}

export type { FlowDocument };
