/**
 * The key that encrypts customer data. Production sets `KEFU_SECRET_KEY`; the embedded
 * default creates `<dataDir>/secret.key` once (mode 0600) and warns that it must be
 * backed up, because a database restored without its key cannot show customer names.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../engine/types.js';
import { KefuError } from '../errors.js';

export interface SecretKeySource {
  /** 64 hex characters from the environment, already validated by `loadConfig`. */
  secretKeyHex: string | undefined;
  dataDir: string;
}

export function loadSecretKey(source: SecretKeySource, logger: Pick<Logger, 'warn'>): Buffer {
  if (source.secretKeyHex) return Buffer.from(source.secretKeyHex, 'hex');
  const file = join(source.dataDir, 'secret.key');
  const existing = readKeyFile(file);
  if (existing) return existing;
  mkdirSync(source.dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    // `wx` fails if another process created the file meanwhile; then we use theirs.
    writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    const raced = readKeyFile(file);
    if (raced) return raced;
    throw error;
  }
  logger.warn({ file }, 'Created a new secret key for customer data. Back this file up with the database, or set KEFU_SECRET_KEY.');
  return key;
}

function readKeyFile(file: string): Buffer | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!/^[0-9a-fA-F]{64}$/.test(text)) {
    throw new KefuError('KEFU_ERR_CONFIG_INVALID', `${file} must hold 64 hexadecimal characters.`, { path: '/secretKeyFile' });
  }
  return Buffer.from(text, 'hex');
}
