import type { Locale } from '../../catalog.js';

export type MessageParams = Record<string, string | number>;
export type MessageCatalogue = Record<string, Record<Locale, (params: MessageParams) => string>>;

/** Reads a parameter as text; a missing one shows as '?' rather than 'undefined'. */
export const p = (params: MessageParams, key: string): string => {
  const value = params[key];
  return value === undefined ? '?' : String(value);
};
