/**
 * The password rules: long enough, not too long (argon2 input is bounded so a huge
 * body cannot burn CPU), not the user name, and not one of the last five passwords.
 */
import { KefuError } from '../errors.js';
import type { SecuritySettings } from './account-types.js';
import { verifyPassword } from './password-hasher.js';

export const PASSWORD_MAX_LENGTH = 256;
export const PASSWORD_HISTORY_SIZE = 5;

/** Throws KEFU_ERR_PASSWORD_POLICY with `path` pointing at the field. */
export async function checkPasswordPolicy(
  password: string,
  context: { username: string; settings: SecuritySettings; recentHashes?: readonly string[]; path?: string },
): Promise<void> {
  const path = context.path ?? '/password';
  const length = [...password].length;
  if (length < context.settings.passwordMinLength) {
    throw policy(`A password needs at least ${context.settings.passwordMinLength} characters.`, path, 'too-short');
  }
  if (length > PASSWORD_MAX_LENGTH) throw policy(`A password has at most ${PASSWORD_MAX_LENGTH} characters.`, path, 'too-long');
  if (password.trim().toLowerCase() === context.username.trim().toLowerCase()) {
    throw policy('The password must not be the user name.', path, 'equals-username');
  }
  for (const previous of (context.recentHashes ?? []).slice(0, PASSWORD_HISTORY_SIZE)) {
    if (await verifyPassword(previous, password)) {
      throw policy(`The password must differ from the last ${PASSWORD_HISTORY_SIZE} passwords.`, path, 'reused');
    }
  }
}

function policy(message: string, path: string, rule: string): KefuError {
  return new KefuError('KEFU_ERR_PASSWORD_POLICY', message, { path, details: { rule } });
}
