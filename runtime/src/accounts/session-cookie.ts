/**
 * The console's cookies. `kefu_session` carries the session token: HttpOnly (no script
 * reads it), SameSite=Lax (not sent on cross-site POSTs, so no CSRF on mutations),
 * Secure over https. `kefu_device` marks a browser that logged in before (see
 * device-cookie.ts); it is HttpOnly too and lives 90 days.
 */
import { fastifyCookie } from '@fastify/cookie';
import { DEVICE_COOKIE_DAYS } from './device-cookie.js';

export const SESSION_COOKIE = 'kefu_session';
export const DEVICE_COOKIE = 'kefu_device';

type Headers = Record<string, string | string[] | undefined>;

function cookies(headers: Headers): Record<string, string> {
  const header = headers.cookie;
  const text = Array.isArray(header) ? header.join('; ') : header;
  if (!text) return {};
  try {
    return fastifyCookie.parse(text);
  } catch {
    return {};
  }
}

export function readSessionCookie(headers: Headers): string | undefined {
  return cookies(headers)[SESSION_COOKIE];
}

export function readDeviceCookie(headers: Headers): string | undefined {
  return cookies(headers)[DEVICE_COOKIE];
}

export interface CookieSecurity {
  /** Add `Secure`: the request came over https, or KEFU_COOKIE_SECURE=1. */
  secure: boolean;
}

export function sessionCookie(token: string, expiresAt: Date, security: CookieSecurity): string {
  return fastifyCookie.serialize(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', secure: security.secure, expires: expiresAt });
}

export function clearedSessionCookie(security: CookieSecurity): string {
  return fastifyCookie.serialize(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', secure: security.secure, maxAge: 0 });
}

export function deviceCookie(value: string, security: CookieSecurity): string {
  return fastifyCookie.serialize(DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/api/v1/auth',
    secure: security.secure,
    maxAge: DEVICE_COOKIE_DAYS * 24 * 60 * 60,
  });
}
