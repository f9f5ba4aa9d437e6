/**
 * Keyed blind index: HMAC-SHA256 (hex) of a normalised value, so a customer can be
 * found by phone or email without storing either in the clear. The key is derived
 * from the secret key; without it the index cannot be brute-forced from a database
 * dump (a plain hash of a phone number could be, in minutes).
 */
import { createHmac } from 'node:crypto';
import { deriveKey } from './derive-key.js';

export type BlindIndexField = 'phone' | 'email';

export class BlindIndex {
  readonly #key: Buffer;

  constructor(secret: Buffer) {
    this.#key = deriveKey(secret, 'blind-index/v1');
  }

  /**
   * `normalised` must already be in canonical form (see customers/contact-fields.ts).
   * The field name is mixed in so the same string indexed as phone and as email
   * yields unrelated values.
   */
  of(field: BlindIndexField, normalised: string): string {
    return createHmac('sha256', this.#key).update(`${field}\u0000${normalised}`, 'utf8').digest('hex');
  }
}
