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
  'account.self',
  'conversations.view',
  'customers.view',
  'customers.erase',
  'qa.score',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLES = ['admin', 'designer', 'agent', 'qa-inspector'] as const;

export type Role = (typeof ROLES)[number];

/**
 * The role matrix, least privilege. `admin` holds everything; the others hold what
 * their job needs and nothing more: a designer builds and publishes flows and the
 * knowledge base, an agent answers customers (and sees conversations and customers of
 * their own skill groups only — an object-level check on top of the permission), a QA
 * inspector reads and scores conversations and reads reports but changes nothing.
 * `account.self` (one's own profile, password, 2FA) belongs to every role.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: PERMISSIONS,
  designer: ['flows.view', 'flows.edit', 'flows.publish', 'kb.view', 'kb.edit', 'account.self'],
  agent: ['inbox.view', 'inbox.reply', 'tickets.view', 'tickets.edit', 'conversations.view', 'customers.view', 'kb.view', 'account.self'],
  'qa-inspector': ['conversations.view', 'qa.score', 'reports.view', 'account.self'],
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Every permission `roles` grant together, in matrix order (for the console's navigation). */
export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((permission) => rolesGrant(roles, permission));
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/** True when any of `roles` grants `permission`. Unknown roles grant nothing (default deny). */
export function rolesGrant(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => ROLE_PERMISSIONS[role]?.includes(permission) ?? false);
}
