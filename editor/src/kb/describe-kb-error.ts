/**
 * What went wrong with a save, for the person who typed it: the server's input problems
 * with the field they concern (JSON Pointer), and whether it was an edit conflict.
 */
export interface KbErrorDescription {
  /** Someone else saved in between (tRPC CONFLICT): reload, then redo the change. */
  conflict: boolean;
  text: string;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

export function describeKbError(error: unknown): KbErrorDescription {
  const data = field(error, 'data');
  const message = field(error, 'message');
  const issues = field(data, 'issues');
  const kefuPath = field(field(data, 'kefu'), 'path');
  let text = typeof message === 'string' ? message : String(error);
  if (Array.isArray(issues) && issues.length > 0) {
    text = issues.map((issue: unknown) => `${String(field(issue, 'path') ?? '')}: ${String(field(issue, 'message') ?? '')}`).join('; ');
  } else if (typeof kefuPath === 'string' && kefuPath) {
    text = `${text} (${kefuPath})`;
  }
  return { conflict: field(data, 'code') === 'CONFLICT', text };
}
