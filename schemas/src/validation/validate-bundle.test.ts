import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../bundle.js';
import { fixtureFlow, summary, type JsonFlow } from './test-support/broken-flow.js';
import { TEST_CATALOG } from './test-support/test-catalog.js';
import { validateBundle } from './validate-bundle.js';
import { validateSettings } from './validate-settings.js';

function faqFlow(locale = 'en'): JsonFlow {
  return {
    schemaVersion: 1,
    id: 'faq',
    name: 'FAQ',
    locale,
    variables: [],
    startNodeId: 's',
    nodes: [
      { id: 's', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: {} },
      { id: 'end', type: 'end', typeVersion: 1, position: { x: 0, y: 100 }, config: {} },
    ],
    edges: [{ id: 'e', source: 's', sourcePort: 'next', target: 'end' }],
  };
}

const settings = { ...DEFAULT_SETTINGS, entryFlows: { en: 'support' } };

describe('validateSettings', () => {
  it('accepts the defaults once an entry flow is set', () => {
    expect(validateSettings(settings)).toEqual({ ok: true, problems: [] });
  });

  it('reports bad settings at their pointer', () => {
    const result = validateSettings({ ...settings, sessionTimeoutSeconds: 0, entryFlows: { fr: 'x' }, extra: true });
    expect(summary(result.problems).sort()).toEqual([
      'KEFU_SCHEMA_PROPERTY_NAME /entryFlows/fr',
      'KEFU_SCHEMA_RANGE /sessionTimeoutSeconds',
      'KEFU_SCHEMA_UNKNOWN_FIELD ',
    ]);
    expect(result.problems.find((p) => p.code === 'KEFU_SCHEMA_PROPERTY_NAME')?.message).toBe('"fr" is not an allowed key (allowed: en, zh-CN)');
  });
});

describe('validateBundle', () => {
  it('accepts a consistent bundle', () => {
    expect(validateBundle({ flows: [fixtureFlow(), faqFlow()], settings }, TEST_CATALOG)).toEqual({ ok: true, problems: [] });
  });

  it('prefixes each flow problem with its flow and settings problems with /settings', () => {
    const broken = fixtureFlow();
    broken.nodes[1].config.retries = -1;
    const result = validateBundle({ flows: [faqFlow(), broken], settings: { ...settings, maxStepsPerTurn: 0 } }, TEST_CATALOG);
    expect(result.ok).toBe(false);
    expect(summary(result.problems)).toEqual(['KEFU_SCHEMA_RANGE /flows/1/nodes/1/config/retries', 'KEFU_SCHEMA_RANGE /settings/maxStepsPerTurn']);
    expect(result.problems[0]).toMatchObject({ flowId: 'support', nodeId: 'askName' });
  });

  it('rejects two flows with the same id', () => {
    expect(summary(validateBundle({ flows: [fixtureFlow(), faqFlow(), faqFlow()], settings }, TEST_CATALOG).problems)).toEqual([
      'KEFU_BUNDLE_DUPLICATE_FLOW_ID /flows/2/id',
    ]);
  });

  it('rejects a go-to-flow target that is not in the bundle', () => {
    const result = validateBundle({ flows: [fixtureFlow()], settings }, TEST_CATALOG);
    expect(result.problems).toMatchObject([
      { code: 'KEFU_BUNDLE_UNKNOWN_FLOW', path: '/flows/0/nodes/5/config/flowId', flowId: 'support', nodeId: 'faq', message: 'flow "faq" is not part of this publication' },
    ]);
  });

  it('rejects entry flows that are missing or in another language', () => {
    const result = validateBundle({ flows: [fixtureFlow(), faqFlow('zh-CN')], settings: { ...settings, entryFlows: { en: 'support', 'zh-CN': 'nope' } } }, TEST_CATALOG);
    expect(summary(result.problems)).toEqual(['KEFU_BUNDLE_ENTRY_FLOW_MISSING /settings/entryFlows/zh-CN']);
    const wrong = validateBundle({ flows: [fixtureFlow(), faqFlow('zh-CN')], settings: { ...settings, entryFlows: { en: 'faq', 'zh-CN': 'faq' } } }, TEST_CATALOG);
    expect(summary(wrong.problems)).toEqual(['KEFU_BUNDLE_ENTRY_FLOW_LOCALE /settings/entryFlows/en']);
  });

  it('rejects a default language without an entry flow', () => {
    const result = validateBundle({ flows: [fixtureFlow(), faqFlow()], settings: { ...settings, defaultLocale: 'zh-CN' } }, TEST_CATALOG);
    expect(summary(result.problems)).toEqual(['KEFU_BUNDLE_NO_DEFAULT_ENTRY /settings/defaultLocale']);
  });

  it('reports malformed input instead of throwing', () => {
    const result = validateBundle({ flows: 'x' as unknown as unknown[], settings: null }, TEST_CATALOG);
    expect(result.ok).toBe(false);
    expect(summary(result.problems)).toContain('KEFU_SCHEMA_TYPE /flows');
    expect(summary(result.problems)).toContain('KEFU_SCHEMA_TYPE /settings');
  });
});
