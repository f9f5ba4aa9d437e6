/** Skill groups typed as free text ("sales, billing") into a clean, de-duplicated list. */
export function parseSkillGroups(text: string): string[] {
  const groups = text
    .split(/[,，\n]/)
    .map((group) => group.trim())
    .filter((group) => group.length > 0);
  return [...new Set(groups)];
}
