/**
 * The console's cookies. `kefu_session` carries the session token: HttpOnly (no script
 * reads it), SameSite=Lax (not sent on cross-site POSTs, so no CSRF on mutations),
 * Secure over https. `kefu_device` marks a browser that logged in before (see
 * device-cookie.ts); it is HttpOnly too and lives 90 days.
 */
import { DEVICE_COOKIE_DAYS } from './device-cookie.js';

export const SESSION_COOKIE = 'kefu_session';
export const DEVICE_COOKIE = 'kefu_device';

type Headers = Record<string, string | string[] | undefined>;

/** RFC 6265 `Cookie` header parsing; the first occurrence of a name wins, as browsers send the most specific first. */
function cookies(headers: Headers): Record<string, string> {
  const header = headers.cookie;
  const text = Array.isArray(header) ? header.join('; ') : header;
  const found: Record<string, string> = {};
  for (const pair of (text ?? '').split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const name = pair.slice(0, eq).trim();
    if (name === '' || Object.hasOwn(found, name)) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      found[name] = decodeURIComponent(value);
    } catch {
      found[name] = value;
    }
  }
  return found;
}

interface CookieAttributes {
  secure: boolean;
  path: string;
  maxAgeSeconds: number;
}

/** Our cookie values are base64url or dotted base64url, so they need no encoding. */
function serialize(name: string, value: string, attributes: CookieAttributes): string {
  const parts = [`${name}=${value}`, `Path=${attributes.path}`, `Max-Age=${Math.max(0, Math.floor(attributes.maxAgeSeconds))}`, 'HttpOnly', 'SameSite=Lax'];
  if (attributes.secure) parts.push('Secure');
  return parts.join('; ');
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

/** Lives until the session's absolute end; the server ends it earlier on idle, logout and the like. */
export function sessionCookie(token: string, expiresAt: Date, security: CookieSecurity, now: Date = new Date()): string {
  return serialize(SESSION_COOKIE, token, { secure: security.secure, path: '/', maxAgeSeconds: (expiresAt.getTime() - now.getTime()) / 1000 });
}

export function clearedSessionCookie(security: CookieSecurity): string {
  return serialize(SESSION_COOKIE, '', { secure: security.secure, path: '/', maxAgeSeconds: 0 });
}

/** Only sent to the auth endpoints, where it is read. */
export function deviceCookie(value: string, security: CookieSecurity): string {
  return serialize(DEVICE_COOKIE, value, { secure: security.secure, path: '/api/v1/auth', maxAgeSeconds: DEVICE_COOKIE_DAYS * 24 * 60 * 60 });
}
