import { randomUUID } from 'node:crypto';

/** The CLI acts as the operator at the console of the host: no user id, no IP. */
export function cliActor(author = process.env.USER ?? 'cli'): { actor: { id: null; name: string }; requestId: string } {
  return { actor: { id: null, name: `cli:${author}` }, requestId: `cli-${randomUUID()}` };
}
