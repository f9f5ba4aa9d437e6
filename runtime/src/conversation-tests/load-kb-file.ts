import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { ArticleInput } from '../kb/kb-types.js';
import type { TestFileProblem } from './conversation-test-file.js';

/** One JSON Lines row, as `kefu kb import` reads it (docs: issue 4). */
const rowSchema = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  question: z.string().trim().min(1).max(1000),
  answer: z.string().trim().min(1).max(20_000),
  similar: z.array(z.string().trim().min(1).max(1000)).max(1000).optional(),
  category: z.union([z.string(), z.array(z.string())]).optional(),
  tags: z.array(z.string()).optional(),
});

/**
 * Reads a KB file named by a conversation test (`kb: ../kb/faq.en.jsonl`): one article
 * per line. Every bad line is reported with its line number and field; nothing loads
 * unless every line does.
 */
export async function loadKbFile(path: string, problems: TestFileProblem[]): Promise<ArticleInput[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    problems.push({ file: path, path: '', message: `cannot read: ${reason}` });
    return [];
  }
  const articles: ArticleInput[] = [];
  const before = problems.length;
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      problems.push({ file: path, path: '', line, message: `not JSON: ${(error as Error).message}` });
      return;
    }
    const row = rowSchema.safeParse(json);
    if (!row.success) {
      for (const issue of row.error.issues) {
        problems.push({ file: path, path: `/${issue.path.map(String).join('/')}`, line, message: issue.message });
      }
      return;
    }
    const { category, ...rest } = row.data;
    articles.push({ ...rest, ...(category === undefined ? {} : { category: typeof category === 'string' ? category.split(' / ') : category }) });
  });
  const ids = new Set<string>();
  for (const article of articles) {
    if (article.id === undefined) continue;
    if (ids.has(article.id)) problems.push({ file: path, path: '/id', message: `duplicate article id '${article.id}'` });
    ids.add(article.id);
  }
  return problems.length === before ? articles : [];
}
