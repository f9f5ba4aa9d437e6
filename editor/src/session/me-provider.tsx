import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { trpc } from '../api/trpc';
import { QueryState } from '../layout/query-state';
import { MeContext, type MeApi } from './me-context';

/** Loads `account.me` once per sign-in; the console's navigation and controls follow its permissions. */
export function MeProvider({ children }: { children: ReactNode }) {
  const query = useQuery(trpc.account.me.queryOptions(undefined, { staleTime: 60_000 }));
  const value = useMemo<MeApi | null>(() => {
    if (!query.data) return null;
    const granted = new Set<string>(query.data.permissions);
    return { me: query.data.user, can: (permission) => granted.has(permission) };
  }, [query.data]);
  if (!value) return <QueryState error={query.error} onRetry={() => void query.refetch()} />;
  return <MeContext value={value}>{children}</MeContext>;
}
