import { describe, expect, it } from 'vitest';
import { flowHref, matchRoute } from './match-route';

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
});
