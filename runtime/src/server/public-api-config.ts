/**
 * Protection of the public chat API, from the environment:
 * - `KEFU_RATE_CONVERSATIONS_PER_MINUTE` (default 30): conversations one client IP may
 *   start per minute; more get 429 with Retry-After. Counted per process.
 * - `KEFU_WIDGET_ORIGINS`: comma-separated origins (`https://shop.example.com`) whose
 *   pages may open the chat WebSocket; `*` allows any. Unset = same origin only.
 */
import { KefuError } from '../errors.js';

export interface PublicApiConfig {
  conversationsPerMinute: number;
  /** Normalised origins (`scheme://host[:port]`), `['*']`, or empty = same origin only. */
  widgetOrigins: string[];
}

export const DEFAULT_PUBLIC_API: PublicApiConfig = { conversationsPerMinute: 30, widgetOrigins: [] };

export function parsePublicApiConfig(env: Record<string, string | undefined>): PublicApiConfig {
  return {
    conversationsPerMinute: parseRate(env.KEFU_RATE_CONVERSATIONS_PER_MINUTE),
    widgetOrigins: parseOrigins(env.KEFU_WIDGET_ORIGINS),
  };
}

function parseRate(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_PUBLIC_API.conversationsPerMinute;
  const rate = Number(value);
  if (!Number.isInteger(rate) || rate < 1) {
    throw new KefuError('KEFU_ERR_CONFIG_INVALID', `KEFU_RATE_CONVERSATIONS_PER_MINUTE must be a positive integer, got "${value}".`, {
      path: '/env/KEFU_RATE_CONVERSATIONS_PER_MINUTE',
    });
  }
  return rate;
}

function parseOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      if (entry === '*') return entry;
      let url: URL | null = null;
      try {
        url = new URL(entry);
      } catch {
        url = null;
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search !== '' || url.hash !== '' || url.username !== '') {
        throw new KefuError('KEFU_ERR_CONFIG_INVALID', `KEFU_WIDGET_ORIGINS entries must be origins like https://shop.example.com (no path), got "${entry}".`, {
          path: '/env/KEFU_WIDGET_ORIGINS',
        });
      }
      return url.origin;
    });
}
