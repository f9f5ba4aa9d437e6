import { describe, expect, it } from 'vitest';
import { EMPTY_AUDIT_FILTER, toAuditFilterInput } from './audit-filter';

describe('toAuditFilterInput', () => {
  it('leaves empty fields out', () => {
    expect(toAuditFilterInput({ ...EMPTY_AUDIT_FILTER, actor: '  ' })).toEqual({});
  });

  it('trims text and bounds the chosen days by local midnight', () => {
    const input = toAuditFilterInput({ actor: ' alice ', action: 'user.create', targetType: '', fromDay: '2025-03-01', toDay: '2025-03-02' });
    expect(input.actor).toBe('alice');
    expect(input.action).toBe('user.create');
    expect(input.targetType).toBeUndefined();
    expect(input.from).toBe(new Date(2025, 2, 1).toISOString());
    // The whole of the last day is included, up to the millisecond before the next midnight.
    expect(input.to).toBe(new Date(new Date(2025, 2, 3).getTime() - 1).toISOString());
  });

  it('ignores a malformed day', () => {
    expect(toAuditFilterInput({ ...EMPTY_AUDIT_FILTER, fromDay: '03/01/2025' })).toEqual({});
  });
});
