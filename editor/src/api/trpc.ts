/**
 * The console's tRPC client. Only the router's *type* comes from the runtime; the
 * console is a single-page app, so one query client and one options proxy serve it.
 */
import type { AppRouter } from '@kefu/runtime/router';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { reportAuthProblem, trpcCodeOf } from './auth-problems';

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type RouterInputs = inferRouterInputs<AppRouter>;

/** Refusals do not change on a second try; only transient failures are retried (once). */
const NOT_RETRIED = new Set(['UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'CONFLICT', 'TOO_MANY_REQUESTS']);

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: reportAuthProblem }),
  mutationCache: new MutationCache({ onError: reportAuthProblem }),
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      retry: (failureCount, error) => failureCount < 1 && !NOT_RETRIED.has(trpcCodeOf(error) ?? ''),
      refetchOnWindowFocus: false,
    },
  },
});

export const trpcClient = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: '/trpc' })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
