/**
 * The problems a refused call carries (`data.kefu.details` of a KEFU_ERR_FLOW_INVALID
 * or a bad tests file), read without trusting their shape.
 */
export interface ServerProblem {
  path: string;
  message: string;
  nodeId: string | null;
  line: number | null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

export function serverProblemsOf(error: unknown): ServerProblem[] {
  const details = field(field(field(error, 'data'), 'kefu'), 'details');
  if (!Array.isArray(details)) return [];
  return details.flatMap((item: unknown) => {
    const message = field(item, 'message');
    if (typeof message !== 'string') return [];
    const path = field(item, 'path');
    const nodeId = field(item, 'nodeId');
    const line = field(item, 'line');
    return [{ path: typeof path === 'string' ? path : '', message, nodeId: typeof nodeId === 'string' ? nodeId : null, line: typeof line === 'number' ? line : null }];
  });
}

/** The message of a failed call (tRPC errors are Errors with the server's message). */
export function errorMessageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
