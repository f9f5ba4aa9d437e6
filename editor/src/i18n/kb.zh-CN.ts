import type { KbMessageKey } from './kb.en';

/** Simplified Chinese strings of the kb area (spread into zh-CN.ts). */
export const kbZhCN: Record<KbMessageKey, string> = {
};
