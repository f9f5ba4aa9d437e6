/** The console's pages and their URLs. */
export type Route =
  | { page: 'flows' }
  | { page: 'flow'; flowId: string; version: number | null }
  | { page: 'draft'; flowId: string }
  | { page: 'versions' }
  | { page: 'version'; version: number }
  | { page: 'chat' }
  | { page: 'users' }
  | { page: 'audit' }
  | { page: 'account' }
  | { page: 'not-found' };

function positiveInt(text: string | null): number | null {
  if (text === null || !/^[1-9]\d*$/.test(text)) return null;
  return Number(text);
}

export function matchRoute(pathname: string, search: URLSearchParams): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second] = parts;
  if (parts.length === 0 || (first === 'flows' && parts.length === 1)) return { page: 'flows' };
  if (first === 'flows' && second && parts.length === 2) {
    return { page: 'flow', flowId: second, version: positiveInt(search.get('version')) };
  }
  if (first === 'drafts' && second && parts.length === 2) return { page: 'draft', flowId: second };
  if (first === 'versions' && parts.length === 1) return { page: 'versions' };
  if (first === 'versions' && parts.length === 2) {
    const version = positiveInt(second ?? null);
    if (version !== null) return { page: 'version', version };
  }
  if (parts.length === 1 && (first === 'chat' || first === 'users' || first === 'audit' || first === 'account')) {
    return { page: first };
  }
  return { page: 'not-found' };
}

export function flowHref(flowId: string, version?: number | null): string {
  const path = `/flows/${encodeURIComponent(flowId)}`;
  return version ? `${path}?version=${version}` : path;
}
