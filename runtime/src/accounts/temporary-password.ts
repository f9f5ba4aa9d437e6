import { randomBytes } from 'node:crypto';

// No look-alikes (0/O, 1/l/I), so it can be read out over the phone.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password an admin hands over; the user must change it at first login. */
export function temporaryPassword(minLength: number): string {
  const length = Math.max(16, minLength + 2);
  const bytes = randomBytes(length * 2);
  let out = '';
  // Rejection sampling keeps every character equally likely.
  for (const byte of bytes) {
    if (byte >= ALPHABET.length * Math.floor(256 / ALPHABET.length)) continue;
    out += ALPHABET[byte % ALPHABET.length];
    if (out.length === length) return out;
  }
  return out + temporaryPassword(length - out.length).slice(0, length - out.length);
}
