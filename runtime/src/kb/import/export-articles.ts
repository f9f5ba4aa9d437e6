/**
 * Writes articles in the import formats, so an export imports back unchanged (ids
 * included: a re-import updates in place). Lists become cells the importer splits again:
 * similar questions one per line, tags by commas, the category as `A / B`.
 */
import { stringify } from 'csv-stringify/sync';
import type { Article, ImportFormat } from '../kb-types.js';
import { IMPORT_FIELDS } from './import-columns.js';

function cells(article: Article): string[] {
  return [article.id, article.question, article.answer, article.similar.join('\n'), article.category.join(' / '), article.tags.join(',')];
}

export async function exportArticles(articles: readonly Article[], format: ImportFormat): Promise<Buffer> {
  if (format === 'jsonl') {
    const lines = articles.map((article) =>
      JSON.stringify({ id: article.id, question: article.question, answer: article.answer, similar: article.similar, category: article.category, tags: article.tags }),
    );
    return Buffer.from(lines.map((line) => `${line}\n`).join(''), 'utf8');
  }
  if (format === 'csv') {
    // A BOM so that Excel opens Chinese text as UTF-8.
    return Buffer.from(`\uFEFF${stringify([[...IMPORT_FIELDS], ...articles.map(cells)])}`, 'utf8');
  }
  // Loaded on demand: exceljs costs ~27 MiB of memory (see read-table.ts).
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet('articles');
  sheet.addRow([...IMPORT_FIELDS]);
  for (const article of articles) sheet.addRow(cells(article));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
