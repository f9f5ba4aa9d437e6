/**
 * What validation reports. Every problem points at the exact place in the document
 * (a JSON Pointer; for bundles prefixed with `/flows/<i>` or `/settings`), carries a
 * stable code (catalogue in messages/) and an English message; `formatProblem`
 * renders it in the console's language from `code` + `params`.
 */
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  code: string;
  /** JSON Pointer into the validated document, '' for the whole document. */
  path: string;
  /** English, readable by business staff; the CLI prints it after the path. */
  message: string;
  params?: Record<string, string | number>;
  flowId?: string;
  nodeId?: string;
}

export interface ValidationResult {
  /** False iff at least one problem is an error; warnings do not block publishing. */
  ok: boolean;
  problems: Problem[];
}

export function toValidationResult(problems: Problem[]): ValidationResult {
  return { ok: !problems.some((problem) => problem.severity === 'error'), problems };
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}
