/**
 * Keys of the accounts capability, derived from the instance secret with HKDF-SHA256
 * (RFC 5869) under their own labels: a key for one purpose reveals nothing about the
 * others, and the operator still backs up one secret only.
 */
import { hkdfSync } from 'node:crypto';

export interface AccountKeys {
  /** Signs the `kefu_device` cookie. */
  deviceCookie: Buffer;
  /** Encrypts TOTP secrets at rest. */
  totpSecret: Buffer;
}

export function accountKeys(secret: Buffer): AccountKeys {
  if (secret.length < 32) throw new Error('accountKeys needs a secret of at least 32 bytes');
  const derive = (label: string) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `kefu/${label}`, 32));
  return { deviceCookie: derive('device-cookie/v1'), totpSecret: derive('totp-secret/v1') };
}
