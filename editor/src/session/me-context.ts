import { createContext } from 'react';
import type { RouterOutputs } from '../api/trpc';

type MeOutput = RouterOutputs['account']['me'];

/** The signed-in user as `account.me` describes them. */
export type Me = MeOutput['user'];
export type Permission = MeOutput['permissions'][number];

export interface MeApi {
  me: Me;
  /** True when the user's roles grant `permission`; the server checks again on every call. */
  can(permission: Permission): boolean;
}

export const MeContext = createContext<MeApi | null>(null);
