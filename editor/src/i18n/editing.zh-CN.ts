import type { EditingMessageKey } from './editing.en';

/** Simplified Chinese strings of the editing area (spread into zh-CN.ts). */
export const editingZhCN: Record<EditingMessageKey, string> = {
};
