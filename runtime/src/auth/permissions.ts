/**
 * Who may do what in the console. Permissions are fine-grained verbs on a domain;
 * roles are named bundles of them. The matrix lives in code (not in the database) so
 * that a permission added by a new capability is granted or denied by a reviewed
 * change, and every tRPC procedure names exactly one permission it requires.
 */

export const PERMISSIONS = [
  'flows.view',
  'flows.edit',
  'flows.publish',
  'kb.view',
  'kb.edit',
  'inbox.view',
  'inbox.reply',
  'tickets.view',
  'tickets.edit',
  'reports.view',
  'settings.manage',
  'users.manage',
  'audit.view',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['admin', 'designer', 'agent', 'qa-inspector'] as const;

export type Role = (typeof ROLES)[number];

/**
 * The role matrix. `admin` holds everything; the others hold what their job needs:
 * a designer builds and publishes flows and the knowledge base, an agent answers
 * customers, a QA inspector reads conversations and reports but changes nothing.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  designer: ['flows.view', 'flows.edit', 'flows.publish', 'kb.view', 'kb.edit', 'reports.view'],
  agent: ['flows.view', 'kb.view', 'inbox.view', 'inbox.reply', 'tickets.view', 'tickets.edit'],
  'qa-inspector': ['flows.view', 'kb.view', 'inbox.view', 'tickets.view', 'reports.view', 'audit.view'],
};

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/** True when any of `roles` grants `permission`. Unknown roles grant nothing (default deny). */
export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission) ?? false);
}
