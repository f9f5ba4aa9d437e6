/**
 * CSV and XLSX: a header row (row 1) naming the columns, then one article per row.
 * Rows are numbered as a spreadsheet shows them, so a problem on "row 7" is on row 7.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import type { ImportRowProblem } from '../kb-types.js';
import { IMPORT_FIELDS, fieldOfHeader, type ImportField, type RawRecord } from './import-columns.js';

interface TableRead {
  records: RawRecord[];
  problems: ImportRowProblem[];
}

function fromCells(rows: { row: number; cells: string[] }[]): TableRead {
  const problems: ImportRowProblem[] = [];
  const [header, ...body] = rows;
  if (!header) return { records: [], problems: [{ row: 1, message: 'The file is empty; the first row must name the columns.' }] };
  const columns: (ImportField | null)[] = header.cells.map((name) => {
    if (name.trim() === '') return null;
    const field = fieldOfHeader(name);
    if (!field) problems.push({ row: header.row, field: name, message: `Unknown column "${name}"; expected ${IMPORT_FIELDS.join(', ')} (or 问题, 答案, 相似问题, 分类, 标签).` });
    return field ?? null;
  });
  for (const field of IMPORT_FIELDS) {
    if (columns.filter((column) => column === field).length > 1) problems.push({ row: header.row, field, message: `Column "${field}" appears twice.` });
  }
  for (const required of ['question', 'answer'] as const) {
    if (!columns.includes(required)) problems.push({ row: header.row, field: required, message: `The "${required}" column is missing.` });
  }
  const records: RawRecord[] = [];
  for (const { row, cells } of body) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const fields: RawRecord['fields'] = {};
    cells.forEach((cell, index) => {
      const field = columns[index];
      if (field) fields[field] = cell;
      else if (cell.trim() !== '') problems.push({ row, message: `Value in column ${index + 1}, which has no header.` });
    });
    records.push({ row, fields });
  }
  return { records, problems };
}

export function readCsv(content: Buffer): TableRead {
  let rows: string[][];
  try {
    rows = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { records: [], problems: [{ row: line ?? 1, message: `Not valid CSV: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  return fromCells(rows.map((cells, index) => ({ row: index + 1, cells })));
}

/** Text of a cell whatever exceljs made of it (rich text, hyperlink, formula result, date). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  return '';
}

export async function readXlsx(content: Buffer): Promise<TableRead> {
  // exceljs costs ~27 MiB of memory once loaded: only spreadsheet imports pay for it.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    return { records: [], problems: [{ row: 1, message: `Not a valid XLSX file: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { records: [], problems: [{ row: 1, message: 'The workbook has no sheet.' }] };
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) cells.push(cellText(row.getCell(column).value));
    rows.push({ row: number, cells });
  });
  return fromCells(rows);
}
