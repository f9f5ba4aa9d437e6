/**
 * `kefu kb search`: one query from the arguments, or one per line from stdin (CI jobs
 * and benchmarks pipe thousands). The index is built once; each answer is written as
 * soon as it is known, so output streams. `--json` prints
 * `{"query","decision","hits":[{"id","question","score"}]}` per line.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { KefuError } from '../errors.js';
import type { KbService } from '../kb/kb-service.js';
import type { SearchResult } from '../kb/kb-types.js';
import { printLine } from './cli-output.js';
import { withCliServices } from './cli-services.js';

export interface KbSearchOptions {
  kb: string;
  top: string;
  json?: boolean;
}

function table(result: SearchResult): string[] {
  const lines = [`${result.query}  →  ${result.decision}`];
  result.hits.forEach((hit, index) => lines.push(`  ${index + 1}. ${hit.score.toFixed(3)}  ${hit.id}  ${hit.question}`));
  return lines;
}

export async function runKbSearch(kb: KbService, query: string[], options: KbSearchOptions, input: NodeJS.ReadableStream = process.stdin, out = printLine): Promise<void> {
  const top = Number(options.top);
  if (!Number.isInteger(top) || top < 1 || top > 100) throw new KefuError('KEFU_ERR_BAD_REQUEST', '--top is a whole number from 1 to 100.', { path: '/top' });
  await kb.getBase(options.kb);
  const answer = async (text: string) => {
    const result = await kb.search(options.kb, text, { top });
    if (options.json) out(JSON.stringify({ query: text, decision: result.decision, hits: result.hits.map(({ id, question, score }) => ({ id, question, score })) }));
    else for (const line of table(result)) out(line);
  };
  if (query.length > 0) return answer(query.join(' '));
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const text = line.trim();
    if (text !== '') await answer(text);
  }
}

export function registerKbSearchCommand(kb: Command): void {
  kb.command('search [query...]')
    .description('search a knowledge base; without a query, one query per line from stdin')
    .option('--kb <name>', 'knowledge base', 'default')
    .option('--top <n>', 'hits per query', '5')
    .option('--json', 'one JSON line per query')
    .action(async (query: string[], options: KbSearchOptions) => {
      await withCliServices(({ app }) => runKbSearch(app.kb, query, options));
    });
}
