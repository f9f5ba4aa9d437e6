import { readFile } from 'node:fs/promises';
import { formatOfFile, readImportFile } from '../kb/import/read-import-file.js';
import { planImport } from '../kb/import/plan-import.js';
import type { ArticleInput } from '../kb/kb-types.js';
import type { TestFileProblem } from './conversation-test-file.js';

/**
 * Reads a KB file named by a conversation test (`kb: ../kb/faq.en.jsonl`) exactly as
 * `kefu kb import` would (JSON Lines, CSV or XLSX by extension; same validation and
 * sanitising). Every bad row is reported with its row (the line, for JSON Lines) and
 * field; nothing loads unless every row does.
 */
export async function loadKbFile(path: string, problems: TestFileProblem[]): Promise<ArticleInput[]> {
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    problems.push({ file: path, path: '', message: `cannot read: ${reason}` });
    return [];
  }
  const read = await readImportFile(formatOfFile(path) ?? 'jsonl', content);
  const { plan, problems: rowProblems } = planImport(read.records, [], { replace: false, locale: 'en' });
  const all = [...read.problems, ...rowProblems].sort((a, b) => a.row - b.row);
  for (const problem of all) problems.push({ file: path, path: problem.field ? `/${problem.field}` : '', line: problem.row, message: problem.message });
  return all.length === 0 ? plan.creates : [];
}
