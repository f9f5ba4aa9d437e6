import type { ImportFormat, ImportRowProblem } from '../kb-types.js';
import type { RawRecord } from './import-columns.js';
import { readJsonl } from './read-jsonl.js';
import { readCsv, readXlsx } from './read-table.js';

export function readImportFile(format: ImportFormat, content: Buffer): Promise<{ records: RawRecord[]; problems: ImportRowProblem[] }> {
  if (format === 'jsonl') return Promise.resolve(readJsonl(content));
  if (format === 'csv') return Promise.resolve(readCsv(content));
  return readXlsx(content);
}

/** The format a file name implies, or null. */
export function formatOfFile(name: string): ImportFormat | null {
  const match = /\.(jsonl|ndjson|csv|xlsx)$/i.exec(name);
  if (!match) return null;
  const extension = match[1]!.toLowerCase();
  return extension === 'ndjson' ? 'jsonl' : (extension as ImportFormat);
}
