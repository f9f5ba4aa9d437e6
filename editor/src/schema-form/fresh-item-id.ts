import { isRecord, parsePointer } from './json-pointer';

/**
 * An id for a new list item that no other item uses, named after the list:
 * `/buttons` gives `button1`, `button2`…, `/branches` gives `branch1`. Business users
 * then never face an empty id that fails its pattern; they may rename it.
 */
export function freshItemId(listPointer: string, items: readonly unknown[]): string {
  const name = parsePointer(listPointer).at(-1) ?? 'item';
  const base = /^[A-Za-z]/.test(name) ? singular(name).replace(/[^A-Za-z0-9_-]/g, '') : 'item';
  const taken = new Set(items.map((item) => (isRecord(item) && typeof item.id === 'string' ? item.id : '')));
  let n = items.length + 1;
  while (taken.has(`${base}${n}`)) n++;
  return `${base}${n}`;
}

function singular(word: string): string {
  if (/(ch|sh|x|s)es$/.test(word)) return word.slice(0, -2);
  if (/ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/s$/.test(word)) return word.slice(0, -1);
  return word;
}
