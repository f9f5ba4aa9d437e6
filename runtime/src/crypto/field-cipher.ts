/**
 * Encrypts personal data at rest (customer names) with AES-256-GCM. The stored form
 * `v1:<iv>:<tag>:<ciphertext>` (base64url parts) carries its format version so the key
 * or algorithm can be rotated later without guessing what a value is.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const PREFIX = 'v1';

export class FieldCipher {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== 32) throw new Error('FieldCipher needs a 32-byte key');
    this.#key = key;
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [PREFIX, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join(':');
  }

  /** Throws when the value was not produced with this key (tampered or wrong key). */
  decrypt(stored: string): string {
    const [prefix, iv, tag, ciphertext] = stored.split(':');
    if (prefix !== PREFIX || iv === undefined || tag === undefined || ciphertext === undefined) {
      throw new Error('not an encrypted field value');
    }
    const decipher = createDecipheriv('aes-256-gcm', this.#key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }
}
