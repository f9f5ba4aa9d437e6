/**
 * A light English stemmer: folds the inflections customers actually vary in
 * (plurals, -ed, -ing, -ly, a trailing e, doubled consonants) so "charged", "charges" and
 * "charging" meet at one stem. Deliberately smaller than Porter: derivational suffixes
 * (-ation, -ment) change meaning often enough in support questions that we keep them.
 * Stems are only compared with each other, never shown.
 */
const KEEP = new Set(['is', 'was', 'has', 'this', 'its', 'us', 'yes', 'less', 'plus', 'bus', 'gas', 'news', 'always']);

export function stemEnglish(word: string): string {
  if (word.length <= 3 || KEEP.has(word) || /\d/.test(word)) return word;
  let stem = word;
  if (stem.endsWith('sses')) stem = stem.slice(0, -2);
  else if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('s') && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);

  if (stem.endsWith('ing') && /[aeiouy].*[^aeiouy]ing$/.test(stem) && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith('ied') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('ed') && /[aeiouy].*[^aeiouy]ed$/.test(stem) && stem.length > 4) stem = stem.slice(0, -2);
  else if (stem.endsWith('ly') && stem.length > 5) stem = stem.slice(0, -2);

  if (/([^aeioulsz])\1$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.endsWith('e') && stem.length > 3) stem = stem.slice(0, -1);
  if (stem.endsWith('y') && stem.length > 3) stem = `${stem.slice(0, -1)}i`;
  return stem;
}
