import type { NodeCatalogEntry } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { paletteGroups } from './palette-groups';

const entry = (type: string, category: string, en: string, zh: string): NodeCatalogEntry => ({
  type,
  typeVersion: 1,
  title: { en, 'zh-CN': zh },
  category: category as NodeCatalogEntry['category'],
  icon: 'message',
  ports: [],
  waitsForInput: false,
  configSchema: {},
});

const catalog = [
  entry('acme/lookup', 'integration', 'Order lookup', '订单查询'),
  entry('message', 'message', 'Send message', '发送消息'),
  entry('end', 'flow', 'End', '结束'),
  entry('ask', 'input', 'Ask a question', '提问'),
];

describe('paletteGroups', () => {
  it('groups by category in building order', () => {
    expect(paletteGroups(catalog, '', 'en').map((group) => group.category)).toEqual(['flow', 'message', 'input', 'integration']);
  });

  it('searches types and titles in both languages', () => {
    expect(paletteGroups(catalog, '订单', 'zh-CN').flatMap((group) => group.entries.map((item) => item.type))).toEqual(['acme/lookup']);
    expect(paletteGroups(catalog, ' MESSAGE ', 'en').flatMap((group) => group.entries.map((item) => item.type))).toEqual(['message']);
    expect(paletteGroups(catalog, 'nothing like it', 'en')).toEqual([]);
  });
});
