/**
 * Validation and canonical forms of a customer's contact fields. The canonical form is
 * what the blind index hashes, so "+86 138-0013-8000" and "+8613800138000" find the
 * same customer. Errors carry a JSON Pointer and never echo the value (it is PII).
 */
import { KefuError } from '../errors.js';

const PHONE_SEPARATORS = /[\s().\-]/g;
const PHONE = /^\+?[0-9]{5,20}$/;
// Deliberately simple: one @, no spaces, a dot in the domain. Mailbox syntax beyond this is not worth rejecting.
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@.]{1,63}$/;

export function normalisePhone(value: string, path = '/phone'): string {
  const compact = value.trim().replace(PHONE_SEPARATORS, '');
  if (!PHONE.test(compact)) {
    throw new KefuError('KEFU_ERR_BAD_REQUEST', `${path} must be a phone number: digits with an optional leading +, 5 to 20 digits.`, { path });
  }
  return compact;
}

export function normaliseEmail(value: string, path = '/email'): string {
  const trimmed = value.trim().toLowerCase();
  if (trimmed.length > 254 || !EMAIL.test(trimmed)) {
    throw new KefuError('KEFU_ERR_BAD_REQUEST', `${path} must be an email address.`, { path });
  }
  return trimmed;
}
