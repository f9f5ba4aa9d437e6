/**
 * The staff console: the built SPA from `editor/dist` at `/`, with every other
 * browser navigation falling back to `index.html` (client-side routes). When the
 * console was not built, `/` explains how to build it instead of a bare 404.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync } from 'fastify';

export interface ConsolePluginOptions {
  /** The directory of the built console (`editor/dist`). */
  root: string;
}

const MISSING_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Kefu</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; line-height: 1.5">
<h1>Kefu is running</h1>
<p>The console has not been built, so there is nothing to show here yet. Build it with
<code>npm run build</code> (or <code>npm run build -w @kefu/editor</code>) and reload.</p>
<p>The chat API is at <code>/api/v1</code>; health at <a href="/healthz">/healthz</a>.</p>
</body></html>`;

export const consolePlugin: FastifyPluginAsync<ConsolePluginOptions> = async (fastify, { root }) => {
  if (!existsSync(join(root, 'index.html'))) {
    fastify.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(MISSING_PAGE));
    return;
  }
  await fastify.register(fastifyStatic, { root, wildcard: true, index: ['index.html'] });
};

/** True for a browser navigation that should get the SPA's index.html. */
export function isConsoleNavigation(method: string, url: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (/^\/(api|trpc|healthz|readyz|metrics)(\/|\?|$)/.test(url)) return false;
  return (accept ?? '').includes('text/html');
}
