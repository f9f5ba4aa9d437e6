import { readFile } from 'node:fs/promises';
import { KefuError } from '../errors.js';

/** Reads a JSON document; a missing file or bad JSON is a KefuError naming the file. */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new KefuError('KEFU_ERR_BAD_REQUEST', `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { path: '' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new KefuError('KEFU_ERR_BAD_REQUEST', `${file}: /: not valid JSON (${(error as Error).message})`, { path: '' });
  }
}
