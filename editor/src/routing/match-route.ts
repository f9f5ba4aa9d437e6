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
  | KbRoute
  | { page: 'not-found' };

/** The knowledge-base pages; `kb` is the chosen knowledge base (`?kb=`), null = the first one. */
export type KbRoute =
  | { page: 'kb-articles'; kb: string | null }
  | { page: 'kb-article'; kb: string | null; articleId: string | null }
  | { page: 'kb-import'; kb: string | null }
  | { page: 'kb-unanswered'; kb: string | null }
  | { page: 'kb-test'; kb: string | null };

type KbTab = 'kb-import' | 'kb-unanswered' | 'kb-test';
const KB_TABS = new Map<string, KbTab>([
  ['import', 'kb-import'],
  ['unanswered', 'kb-unanswered'],
  ['test', 'kb-test'],
]);

function matchKbRoute(parts: string[], search: URLSearchParams): KbRoute | null {
  const kb = search.get('kb') || null;
  const [, second, third] = parts;
  if (parts.length === 1) return { page: 'kb-articles', kb };
  // A new article has its own path, so that an article whose id is "new" can still be opened.
  if (second === 'new' && parts.length === 2) return { page: 'kb-article', kb, articleId: null };
  if (second === 'articles' && third && parts.length === 3) return { page: 'kb-article', kb, articleId: third };
  const tab = second && parts.length === 2 ? KB_TABS.get(second) : undefined;
  return tab ? { page: tab, kb } : null;
}

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
  if (first === 'kb') return matchKbRoute(parts, search) ?? { page: 'not-found' };
  return { page: 'not-found' };
}

export function flowHref(flowId: string, version?: number | null): string {
  const path = `/flows/${encodeURIComponent(flowId)}`;
  return version ? `${path}?version=${version}` : path;
}

/** The URL of a knowledge-base page; `articleId` null opens the editor on a new article. */
export function kbHref(page: KbRoute['page'], kb: string | null, articleId?: string | null): string {
  const query = kb ? `?kb=${encodeURIComponent(kb)}` : '';
  if (page === 'kb-article') return `${articleId ? `/kb/articles/${encodeURIComponent(articleId)}` : '/kb/new'}${query}`;
  const tab = [...KB_TABS].find(([, candidate]) => candidate === page)?.[0];
  return `/kb${tab ? `/${tab}` : ''}${query}`;
}
