import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type BundleDocument } from './bundle.js';
import { bundleHash } from './bundle-hash.js';
import { canonicalJson } from './canonical-json.js';

const flow = {
  schemaVersion: 1 as const,
  id: 'welcome',
  name: 'Welcome',
  locale: 'en' as const,
  variables: [],
  startNodeId: 'start',
  nodes: [{ id: 'start', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: {} }],
  edges: [],
};

describe('canonicalJson', () => {
  it('sorts keys at every level and omits undefined properties', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('escapes strings like JSON', () => {
    expect(canonicalJson({ 'k"': 'line\n你好' })).toBe('{"k\\"":"line\\n你好"}');
  });

  it.each([
    [{ a: [1, Number.NaN] }, '/a/1'],
    [{ a: { 'x/y': () => 1 } }, '/a/x~1y'],
    [{ when: new Date(0) }, '/when'],
    [[undefined], '/0'],
  ])('rejects non-JSON data with its pointer', (value, pointer) => {
    expect(() => canonicalJson(value)).toThrow(`canonicalJson: ${pointer}:`);
  });
});

describe('bundleHash', () => {
  const bundle: BundleDocument = { flows: [flow], settings: { ...DEFAULT_SETTINGS, entryFlows: { en: 'welcome' } }, catalog: { start: 1 } };

  it('is the SHA-256 of the canonical JSON', () => {
    expect(bundleHash(bundle)).toBe(createHash('sha256').update(canonicalJson(bundle)).digest('hex'));
    expect(bundleHash(bundle)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores key order and changes with content', () => {
    const reordered = { catalog: { start: 1 }, settings: bundle.settings, flows: [{ ...flow }] } as BundleDocument;
    expect(bundleHash(reordered)).toBe(bundleHash(bundle));
    expect(bundleHash({ ...bundle, catalog: { start: 2 } })).not.toBe(bundleHash(bundle));
  });
});

describe('DEFAULT_SETTINGS', () => {
  it('has the documented defaults and cannot be mutated', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({ defaultLocale: 'en', entryFlows: {}, sessionTimeoutSeconds: 1800, maxStepsPerTurn: 200 });
    expect(Object.keys(DEFAULT_SETTINGS.sessionTimeoutMessage ?? {})).toEqual(['en', 'zh-CN']);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_SETTINGS.sessionTimeoutMessage)).toBe(true);
  });
});
