/**
 * Pseudo customer questions made from a standard question, for KBs without similar
 * questions to calibrate on: customers drop words, reorder them and abbreviate, so each
 * Chinese character or Latin word is dropped with some probability and neighbours are
 * sometimes swapped. The point is not realism but ambiguity: a perturbed question that
 * lost the characters telling two near-duplicate articles apart lands between them,
 * which is exactly what the calibration must learn to doubt.
 */

/** Chance that a unit (Chinese character, Latin word, other symbol) is left out. */
export const DROP_SHARE = 0.3;
/** Chance that a unit trades places with the next one. */
const SWAP_SHARE = 0.1;
/** Questions shorter than this many units are not perturbed (nothing would be left). */
export const MIN_UNITS = 3;

const UNIT = /\p{Script=Han}|[\p{L}\p{N}]+/gu;

/** A perturbed copy of `question`, or null when it is too short to perturb. */
export function pseudoQuery(question: string, random: () => number): string | null {
  const units = question.match(UNIT) ?? [];
  if (units.length < MIN_UNITS) return null;
  for (let i = 0; i + 1 < units.length; i++) {
    if (random() < SWAP_SHARE) [units[i], units[i + 1]] = [units[i + 1]!, units[i]!];
  }
  let kept = units.filter(() => random() >= DROP_SHARE);
  // Keep at least half, so the pseudo-question still says something.
  if (kept.length * 2 < units.length) kept = units.slice(0, Math.ceil(units.length / 2));
  return joinUnits(kept);
}

const HAN = /^\p{Script=Han}$/u;

/** Chinese characters are written together (jieba segments the run), other units apart. */
function joinUnits(units: readonly string[]): string {
  let text = '';
  units.forEach((unit, i) => {
    if (i > 0 && !(HAN.test(unit) && HAN.test(units[i - 1]!))) text += ' ';
    text += unit;
  });
  return text;
}
