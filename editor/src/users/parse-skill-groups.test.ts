import { describe, expect, it } from 'vitest';
import { parseSkillGroups } from './parse-skill-groups';

describe('parseSkillGroups', () => {
  it('splits on ASCII and full-width commas and new lines, trims, drops empties and repeats', () => {
    expect(parseSkillGroups(' sales, billing，售后\n\nsales ,')).toEqual(['sales', 'billing', '售后']);
  });

  it('reads empty text as no groups', () => {
    expect(parseSkillGroups('  ')).toEqual([]);
  });
});
