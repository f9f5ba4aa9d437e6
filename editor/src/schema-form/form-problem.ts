/** A problem shown at a field: `pointer` is relative to the node's config. */
export interface FormProblem {
  pointer: string;
  message: string;
}

/**
 * Problems at exactly `pointer`, plus (for an object) those below it whose first
 * segment names none of `shownChildren`, so a problem about a field the form does not
 * render (an unknown property) still appears at its parent instead of vanishing.
 */
export function problemsAt(problems: readonly FormProblem[], pointer: string, shownChildren?: readonly string[]): FormProblem[] {
  return problems.filter((problem) => {
    if (problem.pointer === pointer) return true;
    if (shownChildren === undefined || !problem.pointer.startsWith(`${pointer}/`)) return false;
    const child = problem.pointer.slice(pointer.length + 1).split('/')[0] ?? '';
    return !shownChildren.includes(child.replace(/~1/g, '/').replace(/~0/g, '~'));
  });
}

/**
 * The editor's problems and the form's own, once each. The form reports a missing
 * required field at the field while the whole-flow check reports it at the parent
 * object, so an outside problem is dropped when the form has the same message at
 * that place or below it.
 */
export function mergeProblems(outside: readonly FormProblem[], local: readonly FormProblem[]): FormProblem[] {
  const merged: FormProblem[] = [...local];
  const seen = new Set(local.map((problem) => `${problem.pointer}\u0000${problem.message}`));
  for (const problem of outside) {
    const key = `${problem.pointer}\u0000${problem.message}`;
    if (seen.has(key)) continue;
    const covered = local.some((mine) => mine.message === problem.message && mine.pointer.startsWith(`${problem.pointer}/`));
    if (covered) continue;
    seen.add(key);
    merged.push(problem);
  }
  return merged;
}

/** Accepts pointers relative to the config or absolute ones under `pathPrefix` (`/nodes/3/config`). */
export function relativeToConfig(problems: readonly FormProblem[], pathPrefix: string): FormProblem[] {
  if (pathPrefix === '') return [...problems];
  return problems.map((problem) =>
    problem.pointer === pathPrefix || problem.pointer.startsWith(`${pathPrefix}/`) ? { ...problem, pointer: problem.pointer.slice(pathPrefix.length) } : problem,
  );
}
