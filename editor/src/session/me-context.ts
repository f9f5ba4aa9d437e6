import { createContext } from 'react';
import type { RouterOutputs } from '../api/trpc';

/** The signed-in user as `account.me` describes them, permissions included. */
export type Me = RouterOutputs['account']['me'];
export type Permission = Me['permissions'][number];

export interface MeApi {
  me: Me;
  /** True when the user's roles grant `permission`; the server checks again on every call. */
  can(permission: Permission): boolean;
}

export const MeContext = createContext<MeApi | null>(null);
