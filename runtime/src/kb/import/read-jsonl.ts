import type { ImportRowProblem } from '../kb-types.js';
import { IMPORT_FIELDS, type ImportField, type RawRecord } from './import-columns.js';

/** JSON Lines: one object per line; blank lines are skipped; `row` is the line number. */
export function readJsonl(content: Buffer): { records: RawRecord[]; problems: ImportRowProblem[] } {
  const records: RawRecord[] = [];
  const problems: ImportRowProblem[] = [];
  const lines = content.toString('utf8').replace(/^\uFEFF/, '').split('\n');
  for (const [index, line] of lines.entries()) {
    const row = index + 1;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({ row, message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ row, message: 'Each line must be a JSON object.' });
      continue;
    }
    const fields: RawRecord['fields'] = {};
    for (const [key, field] of Object.entries(value)) {
      if ((IMPORT_FIELDS as readonly string[]).includes(key)) fields[key as ImportField] = field;
      else problems.push({ row, field: key, message: `Unknown field "${key}"; expected ${IMPORT_FIELDS.join(', ')}.` });
    }
    records.push({ row, fields });
  }
  return { records, problems };
}
