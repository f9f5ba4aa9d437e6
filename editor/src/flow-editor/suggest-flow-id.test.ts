import { describe, expect, it } from 'vitest';
import { IDENTIFIER } from './changes/fresh-id';
import { suggestFlowId } from './suggest-flow-id';

describe('suggestFlowId', () => {
  it('slugs names into valid flow ids', () => {
    expect(suggestFlowId('Order status (EN)')).toBe('order-status-en');
    expect(suggestFlowId('  2nd Café menu ')).toBe('nd-cafe-menu');
    expect(suggestFlowId('订单查询')).toBe('flow');
    for (const name of ['Order status (EN)', '订单查询', 'x'.repeat(100), '---']) expect(IDENTIFIER.test(suggestFlowId(name))).toBe(true);
  });
});
