import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FieldCipher } from './field-cipher.js';
import { loadSecretKey } from './load-secret-key.js';

describe('FieldCipher', () => {
  const cipher = new FieldCipher(Buffer.alloc(32, 7));

  it('round-trips and never stores the clear text', () => {
    const stored = cipher.encrypt('李雷 Li Lei');
    expect(stored).not.toContain('Li Lei');
    expect(cipher.encrypt('李雷 Li Lei')).not.toBe(stored);
    expect(cipher.decrypt(stored)).toBe('李雷 Li Lei');
  });

  it('refuses a value made with another key or tampered with', () => {
    const stored = cipher.encrypt('secret');
    expect(() => new FieldCipher(Buffer.alloc(32, 8)).decrypt(stored)).toThrow();
    const parts = stored.split(':');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => cipher.decrypt(parts.join(':'))).toThrow();
  });
});

describe('loadSecretKey', () => {
  it('creates a 0600 key file once, warns, and reuses it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kefu-key-'));
    const warn = vi.fn();
    const key = loadSecretKey({ secretKeyHex: undefined, dataDir }, { warn });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(statSync(join(dataDir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(readFileSync(join(dataDir, 'secret.key'), 'utf8').trim()).toBe(key.toString('hex'));
    expect(loadSecretKey({ secretKeyHex: undefined, dataDir }, { warn }).equals(key)).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('prefers KEFU_SECRET_KEY', () => {
    const key = loadSecretKey({ secretKeyHex: 'ab'.repeat(32), dataDir: '/nonexistent' }, { warn: vi.fn() });
    expect(key.toString('hex')).toBe('ab'.repeat(32));
  });
});
