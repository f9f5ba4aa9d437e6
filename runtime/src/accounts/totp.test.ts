import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, newTotpSecret, otpauthUrl, totpCode, totpStep, verifyTotp } from './totp.js';

// RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const RFC_SEED = Buffer.from('12345678901234567890', 'ascii');
const RFC_VECTORS: [seconds: number, code: string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('matches the RFC test vector at T=%i', (seconds, code) => {
    expect(hotp(RFC_SEED, totpStep(new Date(seconds * 1000)), 8)).toBe(code);
  });

  it('matches the RFC 4226 HOTP vectors for 6 digits', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    expect(expected.map((_, counter) => hotp(RFC_SEED, counter))).toEqual(expected);
  });

  it('round-trips base32 and decodes the RFC seed from its base32 form', () => {
    expect(base32Encode(RFC_SEED)).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode('gezd gnbv gy3t qojq gezd gnbv gy3t qojq')).toEqual(RFC_SEED);
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    expect(() => base32Decode('not base32!')).toThrow(/base32/);
  });

  it('accepts the current code and one step of drift either side, not two', () => {
    const secret = base32Encode(RFC_SEED);
    const at = new Date(1111111111 * 1000);
    const step = totpStep(at);
    expect(verifyTotp(secret, totpCode(secret, at), at, null)).toBe(step);
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() - 30_000)), at, null)).toBe(step - 1);
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() + 30_000)), at, null)).toBe(step + 1);
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() - 60_000)), at, null)).toBeNull();
    expect(verifyTotp(secret, totpCode(secret, new Date(at.getTime() + 60_000)), at, null)).toBeNull();
  });

  it('never accepts a step again once used, nor malformed codes', () => {
    const secret = base32Encode(RFC_SEED);
    const at = new Date(1234567890 * 1000);
    const code = totpCode(secret, at);
    const used = verifyTotp(secret, code, at, null);
    expect(used).not.toBeNull();
    expect(verifyTotp(secret, code, at, used)).toBeNull();
    expect(verifyTotp(secret, code, new Date(at.getTime() + 10_000), used)).toBeNull();
    expect(verifyTotp(secret, '12345', at, null)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', at, null)).toBeNull();
  });

  it('builds an otpauth URL authenticator apps understand', () => {
    const url = new URL(otpauthUrl('Kefu', 'ana@example', 'ABCDEF'));
    expect(url.protocol).toBe('otpauth:');
    expect(url.searchParams.get('secret')).toBe('ABCDEF');
    expect(url.searchParams.get('issuer')).toBe('Kefu');
    expect(decodeURIComponent(url.pathname)).toContain('Kefu:ana@example');
  });
});
