/**
 * True when a regex quantifies a group that itself contains a quantifier, as in
 * `(a+)+` or `(\w*\s?)*` — the shape behind catastrophic backtracking, which no input
 * length cap can tame (30 characters are enough). Such patterns are refused at run
 * time; other patterns are safe enough once the input is capped.
 */
export function hasNestedQuantifier(pattern: string): boolean {
  const groups: boolean[] = []; // per open group: does it contain a quantifier?
  let closedGroupHadQuantifier = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const ch = pattern[i];
    if (ch === '\\') {
      i += 1;
      closedGroupHadQuantifier = false;
      continue;
    }
    if (ch === '[') {
      // Skip a character class; `]` right after `[` or `[^` is literal.
      i += pattern[i + 1] === '^' ? 2 : 1;
      if (pattern[i] === ']') i += 1;
      while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
      closedGroupHadQuantifier = false;
      continue;
    }
    if (ch === '(') {
      if (pattern[i + 1] === '?') i += 1; // (?:…), (?=…), (?<name>…): the ? is not a quantifier
      groups.push(false);
      closedGroupHadQuantifier = false;
      continue;
    }
    if (ch === ')') {
      closedGroupHadQuantifier = groups.pop() ?? false;
      if (closedGroupHadQuantifier && groups.length > 0) groups[groups.length - 1] = true;
      continue;
    }
    const quantifier = ch === '*' || ch === '+' || ch === '?' || (ch === '{' && /^\{\d+(,\d*)?\}/.test(pattern.slice(i)));
    if (quantifier) {
      // `?` after a quantifier makes it lazy; it repeats nothing.
      const repeats = ch !== '?' || !/[*+?}]/.test(pattern[i - 1] ?? '');
      if (repeats && closedGroupHadQuantifier && ch !== '?') return true;
      if (repeats && groups.length > 0) groups[groups.length - 1] = true;
    }
    closedGroupHadQuantifier = false;
  }
  return false;
}
