import { downloadBlob } from '../layout/download-blob';

/** Hands `text` to the browser as a file download. */
export function downloadTextFile(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A byte-order mark makes spreadsheet programs read the UTF-8 (Chinese names, for one) correctly.
  downloadBlob(filename, new Blob(['\uFEFF', text], { type }));
}
