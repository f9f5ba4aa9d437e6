import { describe, expect, it } from 'vitest';
import { authProblemOf, trpcCodeOf } from './auth-problems';

describe('authProblemOf', () => {
  it('reads a signed-out session from UNAUTHORIZED', () => {
    expect(authProblemOf({ data: { code: 'UNAUTHORIZED' } })).toBe('signed-out');
  });

  it('tells the restrictions apart by their Kefu code', () => {
    expect(authProblemOf({ data: { code: 'FORBIDDEN', kefu: { code: 'KEFU_ERR_PASSWORD_CHANGE_REQUIRED' } } })).toBe('password-change-required');
    expect(authProblemOf({ data: { code: 'FORBIDDEN', kefu: { code: 'KEFU_ERR_2FA_ENROLMENT_REQUIRED' } } })).toBe('enrolment-required');
  });

  it('leaves a plain refusal and anything shapeless alone', () => {
    expect(authProblemOf({ data: { code: 'FORBIDDEN', kefu: null } })).toBeNull();
    expect(authProblemOf(new Error('network'))).toBeNull();
    expect(authProblemOf(null)).toBeNull();
    expect(trpcCodeOf({ data: { code: 'NOT_FOUND' } })).toBe('NOT_FOUND');
    expect(trpcCodeOf('nope')).toBeNull();
  });
});
