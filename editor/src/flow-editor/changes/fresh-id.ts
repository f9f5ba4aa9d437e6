/** Same rule as the flow schema's identifier: a letter, then letters, digits, "_" or "-", at most 64. */
export const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/**
 * A readable id not in `taken`: the base (a node type such as "kb-answer", or an id
 * being copied) cleaned to the identifier rule, then "-2", "-3"… until it is free.
 */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  let stem = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[^A-Za-z]+/, '').replace(/-\d+$/, '').slice(0, 56);
  if (stem === '') stem = 'node';
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) {
    const candidate = `${stem}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
