/** English strings of the kb area (spread into the console dictionary in en.ts). */
export const kbEn = {
} as const;

export type KbMessageKey = keyof typeof kbEn;
