import type { JsonSchema, Locale } from '@kefu/schemas';
import { isRecord } from './json-pointer';

/** The widgets a config property may ask for under `x-ui.widget` (docs/plugins.md). */
export const WIDGETS = ['text', 'multiline', 'template', 'expression', 'variable', 'flow', 'hidden', 'json'] as const;
export type Widget = (typeof WIDGETS)[number];

/**
 * Everything the form reads from `x-ui`. Texts are either one string (any language) or
 * `{ en, 'zh-CN' }`, so a plugin author can start with English and translate later.
 */
export interface FormHints {
  widget?: Widget;
  title?: string;
  description?: string;
  placeholder?: string;
  order: string[];
  /** Label of an array's "add" button, e.g. "Add button". */
  addLabel?: string;
}

export function readHints(schema: JsonSchema, locale: Locale): FormHints {
  const raw = isRecord(schema['x-ui']) ? schema['x-ui'] : {};
  const widget = typeof raw.widget === 'string' && (WIDGETS as readonly string[]).includes(raw.widget) ? (raw.widget as Widget) : undefined;
  const order = Array.isArray(raw.order) ? raw.order.filter((key): key is string => typeof key === 'string') : [];
  return {
    widget,
    title: localized(raw.title, locale),
    // `help` is the older name of `description`; both are read.
    description: localized(raw.description, locale) ?? localized(raw.help, locale),
    placeholder: localized(raw.placeholder, locale),
    order,
    addLabel: localized(raw.addLabel, locale),
  };
}

/** A text in `locale`, else English, else the first translation given. */
export function localized(text: unknown, locale: Locale): string | undefined {
  if (typeof text === 'string') return text;
  if (!isRecord(text)) return undefined;
  const candidate = text[locale] ?? text.en ?? Object.values(text)[0];
  return typeof candidate === 'string' ? candidate : undefined;
}

/** Label of a field: `x-ui.title[locale]`, else the schema's `title`, else the property name. */
export function fieldLabel(schema: JsonSchema, name: string, locale: Locale): string {
  return readHints(schema, locale).title ?? (typeof schema.title === 'string' ? schema.title : name);
}

/** Help under a field: `x-ui.description[locale]`, else the schema's `description`. */
export function fieldHelp(schema: JsonSchema, locale: Locale): string | undefined {
  return readHints(schema, locale).description ?? (typeof schema.description === 'string' ? schema.description : undefined);
}

/** Property names in `x-ui.order` first, then in the schema's declaration order. */
export function orderedProperties(schema: JsonSchema): string[] {
  const properties = isRecord(schema.properties) ? Object.keys(schema.properties) : [];
  const hinted = isRecord(schema['x-ui']) && Array.isArray(schema['x-ui'].order) ? schema['x-ui'].order : [];
  const known = new Set(properties);
  return [...new Set([...hinted.filter((key): key is string => typeof key === 'string' && known.has(key)), ...properties])];
}
