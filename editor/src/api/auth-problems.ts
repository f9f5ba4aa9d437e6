/**
 * Any API call can learn that the session is gone or restricted (expired, ended by an
 * admin, password change or 2FA enrolment required). Calls report it here; the session
 * provider listens and shows the login, password change or enrolment screen.
 */
export type AuthProblem = 'signed-out' | 'password-change-required' | 'enrolment-required';

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

/** Reads a tRPC client error's `data.code` and Kefu's `data.kefu.code` without trusting its shape. */
export function authProblemOf(error: unknown): AuthProblem | null {
  const data = field(error, 'data');
  const code = field(data, 'code');
  if (code === 'UNAUTHORIZED') return 'signed-out';
  const kefuCode = field(field(data, 'kefu'), 'code');
  if (kefuCode === 'KEFU_ERR_PASSWORD_CHANGE_REQUIRED') return 'password-change-required';
  if (kefuCode === 'KEFU_ERR_2FA_ENROLMENT_REQUIRED') return 'enrolment-required';
  return null;
}

/** The tRPC error code (`FORBIDDEN`, `NOT_FOUND`…) of a failed call, or null. */
export function trpcCodeOf(error: unknown): string | null {
  const code = field(field(error, 'data'), 'code');
  return typeof code === 'string' ? code : null;
}

type Listener = (problem: AuthProblem) => void;
const listeners = new Set<Listener>();

export function onAuthProblem(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Called for every failed query and mutation; tells the listeners when it is an auth problem. */
export function reportAuthProblem(error: unknown): void {
  const problem = authProblemOf(error);
  if (problem) for (const listener of listeners) listener(problem);
}
