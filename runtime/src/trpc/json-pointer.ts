/** RFC 6901 JSON Pointer of a path of property names / indices (`['nodes', 3]` -> `/nodes/3`). */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
