/**
 * A one-line description of a node's config for the canvas, derived from the data and
 * the node type's JSON Schema alone, so plugin node types get one without front-end code.
 */
import type { JsonSchema } from '@kefu/schemas';

const MAX_LENGTH = 90;
/** Item properties that name an item of a list better than its other fields. */
const NAMING_KEYS = ['label', 'title', 'name', 'text'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function summarizeItem(item: unknown): string | null {
  if (typeof item === 'string') return oneLine(item) || null;
  if (typeof item === 'number' || typeof item === 'boolean') return String(item);
  if (!isRecord(item)) return null;
  for (const key of NAMING_KEYS) {
    const named = item[key];
    if (typeof named === 'string' && named.trim()) return oneLine(named);
  }
  // An assignment-like item reads best as "target = value".
  if (typeof item.variable === 'string' && typeof item.value === 'string') return `${item.variable} = ${oneLine(item.value)}`;
  const firstString = Object.values(item).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  return firstString === undefined ? null : oneLine(firstString);
}

function summarizeProperty(value: unknown, schema: unknown): string | null {
  const widget = isRecord(schema) && isRecord(schema['x-ui']) ? schema['x-ui'].widget : undefined;
  if (typeof value === 'string') {
    const text = oneLine(value);
    if (!text) return null;
    return widget === 'variable' ? `→ ${text}` : text;
  }
  if (Array.isArray(value)) {
    const items = value.map(summarizeItem).filter((item): item is string => item !== null);
    return items.length > 0 ? items.join(', ') : null;
  }
  if (isRecord(value)) return summarizeItem(value);
  return null; // numbers and flags alone say little out of context; the side panel shows them
}

/** Property names in the order the schema presents them (`x-ui.order`, then declaration order). */
function propertyOrder(config: Record<string, unknown>, schema: JsonSchema): string[] {
  const properties = isRecord(schema.properties) ? Object.keys(schema.properties) : [];
  const hinted = isRecord(schema['x-ui']) && Array.isArray(schema['x-ui'].order) ? schema['x-ui'].order : [];
  const order = [...hinted.filter((key): key is string => typeof key === 'string'), ...properties, ...Object.keys(config)];
  return [...new Set(order)].filter((key) => key in config);
}

export function summarizeConfig(config: Record<string, unknown>, schema: JsonSchema = {}): string {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  const parts: string[] = [];
  for (const key of propertyOrder(config, schema)) {
    const part = summarizeProperty(config[key], properties[key]);
    if (part !== null) parts.push(part);
  }
  const line = parts.join(' · ');
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1).trimEnd()}…` : line;
}
