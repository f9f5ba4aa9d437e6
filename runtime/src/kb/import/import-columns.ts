/**
 * The columns of an import or export file. Spreadsheet headers are matched case-
 * insensitively, in English or Chinese, so a sheet kept by a Chinese team imports as is.
 */
export const IMPORT_FIELDS = ['id', 'question', 'answer', 'similar', 'category', 'tags'] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

const HEADER_NAMES: Record<string, ImportField> = {
  id: 'id',
  编号: 'id',
  question: 'question',
  问题: 'question',
  标准问题: 'question',
  answer: 'answer',
  答案: 'answer',
  similar: 'similar',
  相似问题: 'similar',
  category: 'category',
  分类: 'category',
  tags: 'tags',
  标签: 'tags',
};

export function fieldOfHeader(header: string): ImportField | undefined {
  return HEADER_NAMES[header.trim().toLowerCase()];
}

/** One data row as read from the file, before validation. `row` is 1-based as the file shows it. */
export interface RawRecord {
  row: number;
  fields: Partial<Record<ImportField, unknown>>;
}

/** Similar questions in a cell: one per line, or separated by `|`. */
export function splitSimilar(cell: string): string[] {
  return cell.split(/\r?\n|\|/);
}

/** Tags in a cell: separated by `,`, `，` or `|`. */
export function splitTags(cell: string): string[] {
  return cell.split(/[,，|]/);
}

/** A category path in a cell: `Cards / Lost card`. */
export function splitCategory(cell: string): string[] {
  return cell.split('/');
}
