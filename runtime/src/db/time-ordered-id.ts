/**
 * Time-ordered UUIDs (version 7, RFC 9562 §5.7) for rows written on the chat hot path.
 *
 * A random (v4) key puts every new conversation at a random place in each index that
 * starts with it, so every turn dirties index pages no other turn shares, and those pages
 * fall out of the page cache. A v7 key starts with the creation time in milliseconds:
 * conversations that are active together sit next to each other in `messages_pkey`, in
 * the client-message-id index and in `timers`, and one group commit writes each page
 * once. The 74 bits after the time are random (12 of them a counter within the same
 * millisecond), so ids stay unguessable enough to be names; a conversation is still
 * only readable with its token.
 *
 * Monotonic within a process: an id is greater than every id made before it by this
 * process, even when the clock steps back or many ids are made in one millisecond.
 */
import { randomFillSync } from 'node:crypto';

const POOL_IDS = 256;
const pool = Buffer.alloc(16 * POOL_IDS);
let poolOffset = pool.length;

let lastMs = 0;
let counter = 0;

const HEX_DIGITS = Buffer.from('0123456789abcdef', 'latin1');
const DASH = 0x2d;
const text = Buffer.alloc(36);

export function timeOrderedUuid(now: number = Date.now()): string {
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;

  if (now > lastMs) {
    lastMs = now;
    // Start the millisecond's counter in the lower half so it rarely overflows.
    counter = (bytes[6]! & 0x07) << 8 | bytes[7]!;
  } else if (++counter > 0xfff) {
    // 4,096 ids in one millisecond (or a clock that went back): borrow the next one.
    lastMs += 1;
    counter = 0;
  }

  // 48 bits of Unix milliseconds, big-endian.
  let ms = lastMs;
  for (let index = 5; index >= 0; index--) {
    bytes[index] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | (counter >> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);

  // One string: hex digits and dashes written as ASCII into a reused buffer.
  let at = 0;
  for (let index = 0; index < 16; index++) {
    if (index === 4 || index === 6 || index === 8 || index === 10) text[at++] = DASH;
    const byte = bytes[index]!;
    text[at++] = HEX_DIGITS[byte >> 4]!;
    text[at++] = HEX_DIGITS[byte & 15]!;
  }
  return text.toString('latin1', 0, 36);
}
