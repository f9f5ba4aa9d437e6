import { evaluateExpression, renderTemplate, type ExpressionScope, type FlowDocument, type FlowNode, type Locale } from '@kefu/schemas';
import type { KbRuntime } from '../kb/kb-types.js';
import type { NodeContext, NodeInput } from '../nodes/node-context.js';
import type { NodeResult } from '../nodes/node-result.js';
import { PUBLIC_HTTP, type HttpClient } from '../net/http-client.js';
import { NO_AGENTS, type HandoffService } from './handoff-service.js';
import { NO_KB } from './no-kb-runtime.js';
import type { Turn } from './turn.js';
import type { ConversationState, Logger, TranscriptLine, VarValue, Vars } from './types.js';

export type NodeOutcome = { ok: true; result: NodeResult } | { ok: false; error: Error };

/** A logger that adds the node's flow, id and type to every record. */
class NodeLogger implements Logger {
  readonly #logger: Logger;
  readonly #fields: object;

  constructor(logger: Logger, fields: object) {
    this.#logger = logger;
    this.#fields = fields;
  }

  debug(obj: object, msg?: string): void {
    this.#logger.debug({ ...this.#fields, ...obj }, msg);
  }

  info(obj: object, msg?: string): void {
    this.#logger.info({ ...this.#fields, ...obj }, msg);
  }

  warn(obj: object, msg?: string): void {
    this.#logger.warn({ ...this.#fields, ...obj }, msg);
  }

  error(obj: object, msg?: string): void {
    this.#logger.error({ ...this.#fields, ...obj }, msg);
  }
}

/**
 * What one executor run sees. Several nodes run per turn, and most use two or three of
 * these members, so each is made when first read: a getter hands out a fresh function
 * (safe to destructure), and the copied variables and the logger are made once.
 */
class EngineNodeContext implements NodeContext {
  readonly node: FlowNode;
  readonly flow: FlowDocument;
  readonly input: NodeInput;
  readonly locale: Locale;
  readonly #turn: Turn;
  readonly #state: ConversationState;
  #vars: Readonly<Vars> | null = null;
  #logger: Logger | null = null;

  constructor(turn: Turn, flow: FlowDocument, node: FlowNode, input: NodeInput) {
    this.#turn = turn;
    this.#state = turn.state;
    this.node = node;
    this.flow = flow;
    this.input = input;
    this.locale = turn.state.locale;
  }

  get vars(): Readonly<Vars> {
    this.#vars ??= Object.freeze({ ...this.#state.vars });
    return this.#vars;
  }

  get counter(): (name: string) => number {
    return (name) => this.#turn.counter(this.node.id, name);
  }

  get render(): (template: string) => string {
    return (template) => renderTemplate(template, this.#scope(this.#state.vars));
  }

  get evaluate(): (expression: string, vars?: Readonly<Vars>) => VarValue {
    return (expression, vars) => evaluateExpression(expression, this.#scope(vars ?? this.#state.vars));
  }

  get now(): () => Date {
    return () => this.#turn.services.now();
  }

  get logger(): Logger {
    this.#logger ??= new NodeLogger(this.#turn.services.logger, { flowId: this.flow.id, nodeId: this.node.id, nodeType: this.node.type });
    return this.#logger;
  }

  get kb(): KbRuntime {
    return this.#turn.services.kb ?? NO_KB;
  }

  get handoff(): HandoffService {
    return this.#turn.services.handoff ?? NO_AGENTS;
  }

  get http(): HttpClient {
    return this.#turn.services.http ?? PUBLIC_HTTP;
  }

  get conversationId(): string | null {
    return this.#turn.services.conversationId ?? null;
  }

  get recentMessages(): (limit: number) => Promise<TranscriptLine[]> {
    const { recentMessages } = this.#turn.services;
    return async (limit) => (recentMessages ? recentMessages(limit) : []);
  }

  #scope(vars: Readonly<Vars>): ExpressionScope {
    return { vars, message: { text: this.#state.lastMessage ?? '' }, conversation: { locale: this.#state.locale } };
  }
}

/**
 * Runs one node's executor. Never throws: an unknown type, a version mismatch, a bad
 * expression or an executor exception come back as `{ ok: false }` for the engine to
 * route to the node's `error` port. Synchronous when the executor is (most built-in
 * nodes are): a turn runs several nodes, and each promise is a microtask hop.
 */
export function runNode(turn: Turn, flow: FlowDocument, node: FlowNode, input: NodeInput): NodeOutcome | Promise<NodeOutcome> {
  const executor = turn.executors.get(node.type);
  if (!executor) return { ok: false, error: new Error(`Unknown node type '${node.type}'`) };
  if (executor.typeVersion !== node.typeVersion) {
    return {
      ok: false,
      error: new Error(`Node type '${node.type}' version ${node.typeVersion} is not supported (runtime has ${executor.typeVersion})`),
    };
  }
  const ctx = new EngineNodeContext(turn, flow, node, input);
  let result: NodeResult | PromiseLike<NodeResult>;
  try {
    result = executor.run(ctx, node.config);
  } catch (error) {
    return failed(error);
  }
  if (isPromiseLike(result)) return Promise.resolve(result).then((value): NodeOutcome => ({ ok: true, result: value }), failed);
  return { ok: true, result };
}

function failed(error: unknown): NodeOutcome {
  return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
