/**
 * CSV for audit exports (RFC 4180, CRLF). Cells that a spreadsheet would run as a
 * formula (=, +, -, @, tab, CR) get a leading apostrophe: an attacker controls some
 * fields (a failed login's user name) and must not get code into an admin's Excel.
 */
import type { AuditEntry } from './audit-log.js';

const COLUMNS = ['id', 'at', 'actorId', 'actorName', 'action', 'targetType', 'targetId', 'outcome', 'ip', 'requestId', 'diff'] as const;

export function auditCsvHeader(): string {
  return `${COLUMNS.join(',')}\r\n`;
}

export function auditCsvRow(entry: AuditEntry): string {
  return `${COLUMNS.map((column) => csvCell(column === 'diff' ? (entry.diff === null ? '' : JSON.stringify(entry.diff)) : entry[column])).join(',')}\r\n`;
}

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
