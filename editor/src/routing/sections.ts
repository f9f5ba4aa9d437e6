import type { MessageKey } from '../i18n/en';
import type { Permission } from '../session/me-context';
import type { Route } from './match-route';

/** A top-level area of the console: one navigation entry, and the permission it needs. */
export interface Section {
  id: 'flows' | 'versions' | 'kb' | 'chat' | 'users' | 'audit' | 'account';
  href: string;
  label: MessageKey;
  permission: Permission;
}

/**
 * The navigation, in order. The server enforces every permission again; hiding what a
 * role cannot use keeps the console honest about what the user can do.
 * "Try the bot" talks to the public chat API, which any customer may use, so every role
 * has it: agents learn there what customers see.
 */
export const SECTIONS: readonly Section[] = [
  { id: 'flows', href: '/', label: 'nav.flows', permission: 'flows.view' },
  { id: 'versions', href: '/versions', label: 'nav.versions', permission: 'flows.view' },
  { id: 'chat', href: '/chat', label: 'nav.chat', permission: 'account.self' },
  { id: 'users', href: '/users', label: 'nav.users', permission: 'users.manage' },
  { id: 'audit', href: '/audit', label: 'nav.audit', permission: 'audit.view' },
  { id: 'account', href: '/account', label: 'nav.account', permission: 'account.self' },
  // Last, so an agent's home page stays their account (the home is the first section they may open).
  { id: 'kb', href: '/kb', label: 'nav.kb', permission: 'kb.view' },
];

const SECTION_OF_PAGE: Record<Route['page'], Section['id'] | null> = {
  flows: 'flows',
  flow: 'flows',
  draft: 'flows',
  versions: 'versions',
  version: 'versions',
  chat: 'chat',
  users: 'users',
  audit: 'audit',
  account: 'account',
  'kb-articles': 'kb',
  'kb-article': 'kb',
  'kb-import': 'kb',
  'kb-unanswered': 'kb',
  'kb-test': 'kb',
  'not-found': null,
};

/** The section a page belongs to (for the highlighted navigation entry and the permission check). */
export function sectionOf(route: Route): Section | null {
  const id = SECTION_OF_PAGE[route.page];
  return SECTIONS.find((section) => section.id === id) ?? null;
}
