/**
 * The console's client of the REST authentication endpoints (`/api/v1/auth/*`). The
 * session itself is an httpOnly cookie the browser carries; this module never sees it.
 */
import type { Role } from '../session/roles';

/** The signed-in staff member, as the login and status endpoints describe them. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
  totpEnabled: boolean;
  /** True when one of the user's roles requires two-factor authentication. */
  totpRequired: boolean;
}

export interface AuthStatus {
  setupRequired: boolean;
  user: AuthUser | null;
}

/** A refused authentication request: the HTTP status, the stable code and, for 429, how long to wait. */
export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'AuthError';
  }
}

const BASE = '/api/v1/auth';

async function errorFrom(response: Response): Promise<AuthError> {
  let code: string | null = null;
  let message = response.statusText || `HTTP ${response.status}`;
  try {
    const body: unknown = await response.json();
    const error = typeof body === 'object' && body !== null && 'error' in body ? body.error : null;
    if (typeof error === 'object' && error !== null) {
      if ('code' in error && typeof error.code === 'string') code = error.code;
      if ('message' in error && typeof error.message === 'string') message = error.message;
    }
  } catch {
    // not JSON: keep the status text
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return new AuthError(response.status, code, message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null);
}

async function request<T>(path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method: body === undefined ? 'GET' : 'POST', credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
  }
  const response = await fetch(`${BASE}${path}`, init);
  if (!response.ok) throw await errorFrom(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export interface Credentials {
  username: string;
  password: string;
  totp?: string;
}

export const authApi = {
  status: () => request<AuthStatus>('/status'),
  login: (credentials: Credentials) => request<{ user: AuthUser }>('/login', credentials).then((result) => result.user),
  /** Creates the first admin on an empty installation and signs them in. */
  setup: (credentials: { username: string; password: string }) =>
    request<{ user: AuthUser }>('/setup', credentials).then((result) => result.user),
  logout: () => request<void>('/logout', {}),
};
