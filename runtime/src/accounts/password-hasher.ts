/**
 * Password hashing with argon2id (OWASP's first choice), through @node-rs/argon2's
 * native binding so hashing does not block the event loop. Parameters are the
 * library's defaults (19 MiB, 2 passes, 1 lane), which match OWASP's minimum.
 */
import { hash, verify } from '@node-rs/argon2';

// `Algorithm` is an ambient const enum, which isolated modules cannot read; 2 is Argon2id.
const ARGON2ID = 2;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** False for a wrong password and for a malformed hash (never throws for those). */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends as long as a real verification, so an unknown user name answers as slowly as
 * a wrong password and timing does not tell which accounts exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('kefu-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
