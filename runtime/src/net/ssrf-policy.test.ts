import { describe, expect, it } from 'vitest';
import { KefuError } from '../errors.js';
import { compileSsrfPolicy, DEFAULT_SSRF_POLICY, parseSsrfAllow } from './ssrf-policy.js';

describe('parseSsrfAllow', () => {
  it('allows nothing when KEFU_SSRF_ALLOW is unset or blank', () => {
    expect(parseSsrfAllow(undefined)).toEqual([]);
    expect(parseSsrfAllow('')).toEqual([]);
    expect(parseSsrfAllow(' , ,')).toEqual([]);
    expect(DEFAULT_SSRF_POLICY.allow).toEqual([]);
  });

  it('reads host names, addresses and CIDRs, trimmed and normalised', () => {
    expect(parseSsrfAllow(' erp.internal, 10.1.2.0/24 ,127.0.0.1,fd00::/8, ERP.Example.COM., [::1], bücher.example, crm'))
      .toEqual(['erp.internal', '10.1.2.0/24', '127.0.0.1', 'fd00::/8', 'erp.example.com', '::1', 'xn--bcher-kva.example', 'crm']);
  });

  it.each(['http://erp.internal', 'erp.internal:8080', '*.internal', '10.1.2.0/33', '10.1.2.0/', '::1/129', '10.1.2', '999.1.1.1', 'a b', 'host/24', '10.0.0.0/8/8', '-erp.internal'])(
    'refuses "%s" with a config error naming the entry',
    (entry) => {
      const attempt = () => parseSsrfAllow(`erp.internal, ${entry}`);
      expect(attempt).toThrow(KefuError);
      expect(attempt).toThrow(expect.objectContaining({
        code: 'KEFU_ERR_CONFIG_INVALID',
        message: `KEFU_SSRF_ALLOW: "${entry}" is not a host name, IP address or CIDR`,
      }));
    },
  );
});

describe('compileSsrfPolicy', () => {
  const allow = compileSsrfPolicy({ allow: parseSsrfAllow('erp.internal,10.1.2.0/24,127.0.0.1,fd00::/8') });

  it('matches host names exactly, ignoring case and a trailing dot', () => {
    expect(allow.allowsHost('erp.internal')).toBe(true);
    expect(allow.allowsHost('ERP.internal.')).toBe(true);
    expect(allow.allowsHost('evil.erp.internal')).toBe(false);
    expect(allow.allowsHost('127.0.0.1')).toBe(false);
  });

  it('matches addresses inside the allowed CIDRs, IPv4-mapped ones included', () => {
    expect(allow.allowsAddress('10.1.2.200')).toBe(true);
    expect(allow.allowsAddress('10.1.3.1')).toBe(false);
    expect(allow.allowsAddress('127.0.0.1')).toBe(true);
    expect(allow.allowsAddress('127.0.0.2')).toBe(false);
    expect(allow.allowsAddress('::ffff:127.0.0.1')).toBe(true);
    expect(allow.allowsAddress('fd12:3456::1')).toBe(true);
    expect(allow.allowsAddress('fe80::1')).toBe(false);
    expect(allow.allowsAddress('erp.internal')).toBe(false);
  });

  it('refuses a hand-made policy with a bad entry', () => {
    expect(() => compileSsrfPolicy({ allow: ['10.0.0.0/40'] })).toThrow(/KEFU_SSRF_ALLOW: "10.0.0.0\/40"/);
  });
});
