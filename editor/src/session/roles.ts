/**
 * The staff roles, in the order the console lists them. The runtime owns the matrix;
 * the console only needs the names (for the role checkboxes and labels). The type of
 * `users.create`'s input keeps this list honest: a role the runtime drops fails to compile.
 */
export const ROLES = ['admin', 'designer', 'agent', 'qa-inspector'] as const;

export type Role = (typeof ROLES)[number];
