/**
 * Canonical JSON: object keys sorted by code unit, no whitespace, so equal data gives
 * equal text (and equal content hashes) whatever order it was built in. Pure, so the
 * editor can compare drafts with published versions in the browser.
 *
 * Only JSON data is accepted. `undefined` object properties are omitted as in
 * JSON.stringify; anything that JSON would silently change (NaN, Infinity, undefined in
 * an array, functions, Dates, class instances) throws a TypeError naming its JSON Pointer,
 * because a hash over silently altered data would lie.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '');
}

function write(value: unknown, pointer: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${pointer || '/'}: ${value} is not a JSON number`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: ${pointer || '/'}: a ${typeof value} is not JSON data`);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item: unknown, i) => write(item, `${pointer}/${i}`)).join(',')}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    throw new TypeError(`canonicalJson: ${pointer || '/'}: only plain objects are JSON data`);
  }
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    members.push(`${JSON.stringify(key)}:${write(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)}`);
  }
  return `{${members.join(',')}}`;
}
