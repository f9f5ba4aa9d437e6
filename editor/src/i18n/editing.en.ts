/** English strings of the editing area (spread into the console dictionary in en.ts). */
export const editingEn = {
} as const;

export type EditingMessageKey = keyof typeof editingEn;
