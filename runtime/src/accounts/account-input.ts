/**
 * Normalises and checks what callers say about a user (CLI, tRPC, setup). Errors name
 * the field by JSON Pointer.
 */
import { isRole, type Role } from '../auth/permissions.js';
import { KefuError } from '../errors.js';

const USERNAME = /^[a-z0-9][a-z0-9._@-]{1,63}$/;
const SKILL_GROUP = /^[\p{L}\p{N}][\p{L}\p{N} _.-]{0,63}$/u;

export function normaliseUsername(value: string, path = '/username'): string {
  const username = value.trim().toLowerCase();
  if (!USERNAME.test(username)) {
    throw new KefuError('KEFU_ERR_BAD_REQUEST', 'A user name has 2–64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit.', { path });
  }
  return username;
}

export function checkRoles(values: readonly string[], path = '/roles'): Role[] {
  if (values.length === 0) throw new KefuError('KEFU_ERR_BAD_REQUEST', 'A user needs at least one role.', { path });
  const roles: Role[] = [];
  values.forEach((value, index) => {
    if (!isRole(value)) throw new KefuError('KEFU_ERR_BAD_REQUEST', `Unknown role "${value}".`, { path: `${path}/${index}` });
    if (!roles.includes(value)) roles.push(value);
  });
  return roles;
}

export function checkSkillGroups(values: readonly string[], path = '/skillGroups'): string[] {
  const groups: string[] = [];
  values.forEach((value, index) => {
    const group = value.trim();
    if (!SKILL_GROUP.test(group)) throw new KefuError('KEFU_ERR_BAD_REQUEST', `"${value}" is not a valid skill group name.`, { path: `${path}/${index}` });
    if (!groups.includes(group)) groups.push(group);
  });
  return groups;
}

export function checkDisplayName(value: string, path = '/displayName'): string {
  const name = value.trim();
  if (name === '' || name.length > 200) throw new KefuError('KEFU_ERR_BAD_REQUEST', 'A display name has 1–200 characters.', { path });
  return name;
}
