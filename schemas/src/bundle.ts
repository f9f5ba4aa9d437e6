import type { FlowDocument } from './generated/flow.js';
import type { BundleSettings } from './generated/settings.js';

/**
 * A published configuration: every flow, the settings, and the version of each node
 * type the flows were checked against. Immutable once published; identified by
 * `bundleHash` of its canonical JSON.
 */
export interface BundleDocument {
  flows: FlowDocument[];
  settings: BundleSettings;
  /** Node type → typeVersion of the catalog the bundle was validated with. */
  catalog: Record<string, number>;
}

/**
 * Settings for a new installation. `entryFlows` is empty on purpose: the publisher
 * fills it from the flows being published (the first flow of each locale), and a
 * bundle is only valid once the default locale has an entry flow.
 */
export const DEFAULT_SETTINGS: Readonly<BundleSettings> = Object.freeze({
  schemaVersion: 1,
  defaultLocale: 'en',
  entryFlows: Object.freeze({}),
  sessionTimeoutSeconds: 1800,
  sessionTimeoutMessage: Object.freeze({
    en: 'This conversation was closed after a period of inactivity. Send a message any time to start again.',
    'zh-CN': '由于长时间没有收到您的消息，本次会话已结束。如需帮助，请随时发送消息重新开始。',
  }),
  maxStepsPerTurn: 200,
});
