import type { FlowDocument, FlowNode, Locale } from '@kefu/schemas';
import type { HandoffService } from '../engine/handoff-service.js';
import type { Logger, TranscriptLine, VarValue, Vars } from '../engine/types.js';
import type { KbRuntime } from '../kb/kb-types.js';
import type { HttpClient } from '../net/http-client.js';

/** Why a node is being run: null on entry; otherwise what resumed a waiting node. */
export type NodeInput =
  | null
  | { kind: 'message'; text: string }
  | { kind: 'choice'; choiceId: string; text: string }
  | { kind: 'timer'; name: string };

/**
 * Everything an executor may use. Injected by the engine; executors never reach for
 * globals, the database or the clock directly, so they stay deterministic in tests.
 */
export interface NodeContext {
  node: FlowNode;
  flow: FlowDocument;
  /** Conversation variables (shared by every flow of the conversation). Read only. */
  vars: Readonly<Vars>;
  locale: Locale;
  /** Null when the node is entered; a node that returned `wait` is called again with the input. */
  input: NodeInput;
  /**
   * A counter scoped to this node's current visit (e.g. retries). Starts at 0, is set
   * through `NodeResult.counters` and is cleared when the node leaves through a port.
   */
  counter(name: string): number;
  /** Renders a `{{ expression }}` template against the conversation's scope. */
  render(template: string): string;
  /**
   * Evaluates an expression of the safe language against the conversation's scope.
   * `vars` replaces the conversation's variables (e.g. to see assignments made so far).
   */
  evaluate(expression: string, vars?: Readonly<Vars>): VarValue;
  now(): Date;
  /** Logger bound to this flow and node. */
  logger: Logger;
  /** The knowledge bases; without one configured every call throws (→ `error` port). */
  kb: KbRuntime;
  /** Escalation to people; without an inbox it answers `no-agent`. */
  handoff: HandoffService;
  /**
   * HTTP to outside services through the SSRF guard: private and internal addresses
   * are refused unless the operator allowed them (KEFU_SSRF_ALLOW).
   */
  http: HttpClient;
  /** The stored conversation's id; null in conversation tests and the simulator. */
  conversationId: string | null;
  /** Up to `limit` messages before this turn, oldest first (context for the unanswered log). */
  recentMessages(limit: number): Promise<TranscriptLine[]>;
}
