/**
 * Which conversations (and so which customers) a console user may see: everything for
 * admins and QA inspectors, only their skill groups' for everyone else. A conversation
 * without a skill group is visible to admins and QA only. Out-of-scope objects are
 * reported exactly like missing ones (NOT_FOUND), so ids cannot be probed.
 */
import type { Role } from '../auth/permissions.js';

export type ViewerScope = { kind: 'all' } | { kind: 'skill-groups'; groups: readonly string[] };

export function viewerScope(viewer: { roles: readonly Role[]; skillGroups?: readonly string[] }): ViewerScope {
  if (viewer.roles.includes('admin') || viewer.roles.includes('qa-inspector')) return { kind: 'all' };
  return { kind: 'skill-groups', groups: [...new Set(viewer.skillGroups ?? [])] };
}

/** SQL condition (and its parameters) restricting `column` (a skill_group column) to the scope. */
export function scopeCondition(scope: ViewerScope, column: string): { sql: string; params: string[] } {
  if (scope.kind === 'all') return { sql: '1 = 1', params: [] };
  if (scope.groups.length === 0) return { sql: '1 = 0', params: [] };
  return { sql: `${column} IN (${scope.groups.map(() => '?').join(', ')})`, params: [...scope.groups] };
}
