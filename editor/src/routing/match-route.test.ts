import { describe, expect, it } from 'vitest';
import { flowHref, kbHref, matchRoute } from './match-route';

const route = (href: string) => {
  const url = new URL(href, 'http://console');
  return matchRoute(url.pathname, url.searchParams);
};

describe('console routes', () => {
  it('maps each page URL', () => {
    expect(route('/')).toEqual({ page: 'flows' });
    expect(route('/flows/welcome.en')).toEqual({ page: 'flow', flowId: 'welcome.en', version: null });
    expect(route(flowHref('welcome', 3))).toEqual({ page: 'flow', flowId: 'welcome', version: 3 });
    expect(route('/drafts/collect')).toEqual({ page: 'draft', flowId: 'collect' });
    expect(route('/versions')).toEqual({ page: 'versions' });
    expect(route('/versions/12')).toEqual({ page: 'version', version: 12 });
    expect(route('/chat')).toEqual({ page: 'chat' });
    expect(route('/users')).toEqual({ page: 'users' });
    expect(route('/audit')).toEqual({ page: 'audit' });
    expect(route('/account')).toEqual({ page: 'account' });
  });

  it('treats malformed versions and unknown paths as not found or absent', () => {
    expect(route('/versions/0')).toEqual({ page: 'not-found' });
    expect(route('/versions/abc')).toEqual({ page: 'not-found' });
    expect(route('/flows/welcome?version=-1')).toEqual({ page: 'flow', flowId: 'welcome', version: null });
    expect(route('/admin')).toEqual({ page: 'not-found' });
    expect(route('/users/someone')).toEqual({ page: 'not-found' });
  });

  it('maps the knowledge-base pages and keeps the chosen knowledge base', () => {
    expect(route('/kb')).toEqual({ page: 'kb-articles', kb: null });
    expect(route('/kb?kb=banking')).toEqual({ page: 'kb-articles', kb: 'banking' });
    expect(route('/kb/new?kb=banking')).toEqual({ page: 'kb-article', kb: 'banking', articleId: null });
    expect(route('/kb/articles/new')).toEqual({ page: 'kb-article', kb: null, articleId: 'new' });
    expect(route('/kb/articles/a%2F1')).toEqual({ page: 'kb-article', kb: null, articleId: 'a/1' });
    expect(route('/kb/import')).toEqual({ page: 'kb-import', kb: null });
    expect(route('/kb/unanswered?kb=x')).toEqual({ page: 'kb-unanswered', kb: 'x' });
    expect(route('/kb/test')).toEqual({ page: 'kb-test', kb: null });
    expect(route('/kb/constructor')).toEqual({ page: 'not-found' });
    expect(route('/kb/articles')).toEqual({ page: 'not-found' });
  });

  it('builds knowledge-base links that route back to the same page', () => {
    for (const href of [kbHref('kb-articles', 'b'), kbHref('kb-import', null), kbHref('kb-test', 'x y'), kbHref('kb-unanswered', 'b')]) {
      expect(route(href).page).toMatch(/^kb-/);
    }
    expect(kbHref('kb-article', 'b', 'a/1')).toBe('/kb/articles/a%2F1?kb=b');
    expect(route(kbHref('kb-article', 'b', null))).toEqual({ page: 'kb-article', kb: 'b', articleId: null });
    expect(route(kbHref('kb-test', 'x y'))).toEqual({ page: 'kb-test', kb: 'x y' });
  });
});
