/**
 * Import and export files travel through tRPC as base64 (the console has no upload
 * route): these turn browser files into base64 and base64 back into downloads.
 */
import { downloadBlob } from '../layout/download-blob';

export type ImportFormat = 'jsonl' | 'csv' | 'xlsx';

const EXTENSIONS: Record<string, ImportFormat> = { jsonl: 'jsonl', ndjson: 'jsonl', csv: 'csv', xlsx: 'xlsx' };

/** The import format a file name implies, or null when the extension is not one we read. */
export function importFormatOf(filename: string): ImportFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase();
  return (extension !== undefined && Object.hasOwn(EXTENSIONS, extension) ? EXTENSIONS[extension] : null) ?? null;
}

const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // String.fromCharCode over chunks: one call per byte is slow, one call for all overflows the stack.
  for (let at = 0; at < bytes.length; at += CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

const MIME: Record<ImportFormat, string> = {
  jsonl: 'application/x-ndjson;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Hands an export to the browser as a download. */
export function downloadBase64File(filename: string, contentBase64: string, format: ImportFormat): void {
  downloadBlob(filename, new Blob([base64ToBytes(contentBase64)], { type: MIME[format] }));
}
