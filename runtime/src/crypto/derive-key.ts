/**
 * Derives purpose-bound subkeys from the one secret key (HKDF-SHA256, RFC 5869). Each
 * use of the secret (field encryption, blind indexes, …) gets its own key, so a key
 * leaked from one purpose says nothing about another and one secret is all an
 * operator has to back up.
 */
import { hkdfSync } from 'node:crypto';

/** Known purposes; the label is part of the derivation and must never change. */
export type KeyPurpose = 'blind-index/v1';

export function deriveKey(secret: Buffer, purpose: KeyPurpose): Buffer {
  if (secret.length < 32) throw new Error('deriveKey needs a secret of at least 32 bytes');
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `kefu/${purpose}`, 32));
}
