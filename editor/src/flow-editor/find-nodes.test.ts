import type { FlowDocument, NodeCatalogEntry } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { findNodes } from './find-nodes';

const flow = {
  nodes: [
    { id: 'greet', type: 'message', label: 'Welcome', config: { text: 'Hello, how can I help with your order?' } },
    { id: 'order', type: 'ask', config: { prompt: 'Order number?' } },
    { id: 'orders-menu', type: 'message', config: { text: 'Menu' } },
  ],
} as unknown as FlowDocument;
const catalog = [{ type: 'ask', title: { en: 'Ask a question', 'zh-CN': '提问' } }] as unknown as NodeCatalogEntry[];

describe('findNodes', () => {
  it('ranks an exact id, then ids, then labels and titles, then config text', () => {
    expect(findNodes(flow, catalog, 'order', 'en')).toEqual(['order', 'orders-menu', 'greet']);
    expect(findNodes(flow, catalog, 'welcome', 'en')).toEqual(['greet']);
    expect(findNodes(flow, catalog, '提问', 'zh-CN')).toEqual(['order']);
    expect(findNodes(flow, catalog, '  ', 'en')).toEqual([]);
  });
});
