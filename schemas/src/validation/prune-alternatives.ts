import type { ErrorObject } from 'ajv/dist/2020.js';

/**
 * Replaces ajv's `anyOf`/`oneOf` chatter (one error per failed alternative plus the
 * combinator's own) with what a person needs:
 * - when every alternative failed only on the value's type/const/enum, one error
 *   listing what is allowed;
 * - otherwise the errors of the alternative that matched best: one whose
 *   discriminating property (`kind`, `type`…) was right, with the fewest errors.
 * `if`/`then` and `propertyNames` wrapper errors are dropped (their inner error says it all).
 */
export function pruneAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const consumed = new Set<ErrorObject>();
  const out: ErrorObject[] = [];
  errors.forEach((error, index) => {
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') return;
    if (error.keyword === 'oneOf' && error.params.passingSchemas !== null && error.params.passingSchemas !== undefined) return;
    const branches = new Map<string, ErrorObject[]>();
    for (const candidate of errors.slice(0, index)) {
      if (consumed.has(candidate) || !isUnder(candidate.instancePath, error.instancePath)) continue;
      const key = branchKey(candidate.schemaPath, error.schemaPath);
      if (key === null) continue;
      consumed.add(candidate);
      branches.set(key, [...(branches.get(key) ?? []), candidate]);
    }
    consumed.add(error);
    out.push(...summarise(error, [...branches.values()]));
  });
  const kept = errors.filter((error) => !consumed.has(error) && error.keyword !== 'if' && !isPropertyNamesInner(error));
  return [...kept, ...out];
}

function summarise(combinator: ErrorObject, branches: ErrorObject[][]): ErrorObject[] {
  const all = branches.flat();
  if (all.length === 0) return [combinator];
  const shallow = all.every((e) => e.instancePath === combinator.instancePath && ['type', 'const', 'enum'].includes(e.keyword));
  if (shallow) {
    const types = all.filter((e) => e.keyword === 'type').flatMap((e) => String(e.params.type).split(','));
    const values = all.flatMap((e) => (e.keyword === 'const' ? [e.params.allowedValue] : e.keyword === 'enum' ? (e.params.allowedValues as unknown[]) : []));
    if (values.length === 0) {
      return [{ ...combinator, keyword: 'type', params: { type: [...new Set(types)].join(',') }, parentSchema: {} }];
    }
    return [{ ...combinator, keyword: 'enum', params: { allowedValues: values } }];
  }
  const discriminated = branches.filter((branch) => !branch.some((e) => isDiscriminatorMismatch(e, combinator.instancePath)));
  const pool = discriminated.length > 0 ? discriminated : branches;
  const best = pool.reduce((a, b) => (b.length < a.length ? b : a));
  return best;
}

/** A `const`/`enum` failure one level below the alternative: the branch was for another kind. */
function isDiscriminatorMismatch(error: ErrorObject, base: string): boolean {
  if (error.keyword !== 'const' && error.keyword !== 'enum') return false;
  const rest = error.instancePath.slice(base.length);
  return rest.startsWith('/') && rest.indexOf('/', 1) === -1;
}

/** Which alternative an error came from, or null when it is not from this combinator. */
function branchKey(schemaPath: string, combinatorPath: string): string | null {
  if (schemaPath.startsWith(`${combinatorPath}/`)) {
    return schemaPath.slice(combinatorPath.length + 1).split('/')[0] ?? null;
  }
  // Errors inside a `$ref`'d alternative carry the referenced schema's path instead.
  const refMatch = /^(.*#\/(\$defs|definitions)\/[^/]+)/.exec(schemaPath);
  return refMatch?.[1] ?? null;
}

function isUnder(path: string, base: string): boolean {
  return path === base || path.startsWith(`${base}/`);
}

function isPropertyNamesInner(error: ErrorObject): boolean {
  return error.propertyName !== undefined && error.keyword !== 'propertyNames';
}
