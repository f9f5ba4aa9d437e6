import type { BundleDocument, Locale } from '@kefu/schemas';
import { bundleIndex } from './bundle-index.js';
import { declaredDefaults } from './declared-defaults.js';
import type { ConversationState } from './types.js';

/** Thrown when a bundle has no usable entry flow for a new conversation. */
export class NoEntryFlowError extends Error {
  readonly code = 'KEFU_ERR_NO_ENTRY_FLOW';
}

/**
 * The state of a new conversation, positioned on the entry flow's start node. The
 * `start` event then runs it. A locale without its own entry flow falls back to the
 * default locale's flow, and the conversation takes that flow's locale.
 */
export function initialState(
  bundle: BundleDocument,
  options: { bundleVersion: number; locale?: Locale },
): ConversationState {
  const { entryFlows, defaultLocale } = bundle.settings;
  const requested = options.locale ?? defaultLocale;
  const locale: Locale = entryFlows[requested] ? requested : defaultLocale;
  const flowId = entryFlows[locale];
  const flow = flowId === undefined ? undefined : bundleIndex.flow(bundle, flowId);
  if (!flow) throw new NoEntryFlowError(`No entry flow for locale '${locale}' in the bundle (settings.entryFlows)`);
  return {
    bundleVersion: options.bundleVersion,
    flowId: flow.id,
    nodeId: flow.startNodeId,
    waitingFor: null,
    vars: declaredDefaults(flow, {}),
    stack: [],
    counters: {},
    status: 'active',
    locale,
    lastMessage: null,
  };
}
