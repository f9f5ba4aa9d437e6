/**
 * Runs a draft flow in the engine, statelessly: the client keeps the conversation
 * state and sends it back with each event, so simulating writes nothing (no
 * conversation, no messages, no timers, no reports, no unanswered questions) and needs
 * no clean-up.
 */
import type { FlowDocument, NodeCatalogEntry } from '@kefu/schemas';
import type { PublishingService } from '../app/app-context.js';
import { initialState, step, TIMERS } from '../engine/index.js';
import type { ConversationState, EngineEvent, Logger, OutgoingMessage, Vars } from '../engine/types.js';
import { builtinExecutors } from '../nodes/builtin-nodes.js';
import type { KbRuntime } from '../kb/kb-types.js';
import type { NodeExecutor } from '../nodes/define-executor.js';
import { readOnlyKb } from './read-only-kb.js';
import { simulatorBundle } from './simulator-bundle.js';
import type { HttpClient } from '../net/http-client.js';
import { tracingExecutors, type VisitedNode } from './tracing-executors.js';

/** What the customer does next in the simulator. `timeout` fires the waiting node's timer now. */
export type SimulatorEvent = { text: string } | { choiceId: string } | { timeout: true };

export interface SimulatorDeps {
  publishing: Pick<PublishingService, 'currentVersion' | 'getVersion'>;
  catalog: readonly NodeCatalogEntry[];
  logger: Logger;
  executors?: ReadonlyMap<string, NodeExecutor>;
  /** HTTP for executors (the server's SSRF policy); absent: public addresses only. */
  http?: HttpClient;
  /** The live knowledge base (used read-only); absent: a KB node leaves by its `error` port. */
  kb?: KbRuntime;
}

export interface SimulationStep {
  /** Opaque to the client: sent back with the next event. */
  state: ConversationState;
  messages: OutgoingMessage[];
  /** Nodes run by this event, in order (node ids of other flows carry their flow id). */
  visited: VisitedNode[];
  activeNodeId: string | null;
  activeFlowId: string;
  vars: Vars;
  ended: boolean;
  /** Seconds of the waiting node's timeout, when it has one (the "fire timeout" action). */
  timeoutSeconds: number | null;
  /** The event did not apply (e.g. a message after the end); nothing changed. */
  ignored: boolean;
}

function engineEvent(event: SimulatorEvent): EngineEvent {
  if ('timeout' in event) return { type: 'timer', name: TIMERS.node };
  if ('choiceId' in event) return { type: 'choice', choiceId: event.choiceId };
  return { type: 'message', text: event.text };
}

/** Starts a simulated conversation on `draft` (`state` null) or advances one with `event`. */
export async function simulate(
  deps: SimulatorDeps,
  draft: FlowDocument,
  state: ConversationState | null,
  event: SimulatorEvent | null,
): Promise<SimulationStep> {
  const version = await deps.publishing.currentVersion();
  const published = version === null ? null : await deps.publishing.getVersion(version);
  const base = published && version !== null ? { version, bundle: published.bundle } : null;
  const { bundle, baseVersion } = simulatorBundle(base, draft, deps.catalog);
  const visited: VisitedNode[] = [];
  const services = {
    bundle,
    now: () => new Date(),
    logger: deps.logger,
    executors: tracingExecutors(deps.executors ?? builtinExecutors, visited),
    ...(deps.kb ? { kb: readOnlyKb(deps.kb) } : {}),
    ...(deps.http ? { http: deps.http } : {}),
  };
  const from = state ?? initialState(bundle, { bundleVersion: baseVersion, locale: draft.locale });
  const result = await step(from, state === null || event === null ? { type: 'start' } : engineEvent(event), services);
  const next = result.state;
  return {
    state: next,
    messages: result.outputs,
    visited,
    activeNodeId: next.status === 'ended' ? null : next.nodeId,
    activeFlowId: next.flowId,
    vars: next.vars,
    ended: next.status === 'ended',
    timeoutSeconds: next.waitingFor?.timeoutSeconds ?? null,
    ignored: result.effects.some((effect) => effect.type === 'report' && effect.name === 'event.ignored'),
  };
}
