/**
 * JSON Pointers (RFC 6901) relative to a node's config: the form's addresses for
 * fields, problems and test ids. Updates are immutable so React sees every change.
 */

export type PointerSegment = string | number;

export function escapeSegment(segment: PointerSegment): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function appendPointer(pointer: string, segment: PointerSegment): string {
  return `${pointer}/${escapeSegment(segment)}`;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `field-buttons-0-label` for `/buttons/0/label`; `field-root` for the whole config. */
export function fieldTestId(pointer: string): string {
  const segments = parsePointer(pointer);
  return segments.length === 0 ? 'field-root' : `field-${segments.join('-')}`;
}

/** The value at `pointer`, or undefined when any step is missing. */
export function valueAt(root: unknown, pointer: string): unknown {
  let current: unknown = root;
  for (const segment of parsePointer(pointer)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isRecord(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

/**
 * A copy of `root` with `next` at `pointer`; `undefined` removes an object property
 * (an optional field left empty is absent, not `""`, so closed schemas stay valid).
 */
export function setValueAt(root: unknown, pointer: string, next: unknown): unknown {
  return setSegments(root, parsePointer(pointer), next);
}

function setSegments(current: unknown, segments: readonly string[], next: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return next;
  if (Array.isArray(current)) {
    const copy = [...current];
    copy[Number(head)] = setSegments(current[Number(head)], rest, next);
    return copy;
  }
  const record = isRecord(current) ? current : {};
  const child = setSegments(record[head], rest, next);
  const { [head]: _previous, ...others } = record;
  return child === undefined ? others : { ...record, [head]: child };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
