import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, fileToBase64, importFormatOf } from './file-content';

describe('import and export files', () => {
  it('knows the format from the extension', () => {
    expect(importFormatOf('faq.JSONL')).toBe('jsonl');
    expect(importFormatOf('faq.ndjson')).toBe('jsonl');
    expect(importFormatOf('知识库.xlsx')).toBe('xlsx');
    expect(importFormatOf('faq.csv')).toBe('csv');
    expect(importFormatOf('faq.txt')).toBeNull();
    expect(importFormatOf('constructor')).toBeNull();
    expect(importFormatOf('a.constructor')).toBeNull();
  });

  it('round-trips bytes larger than one chunk through base64', async () => {
    const bytes = new Uint8Array(100_000).map((_, index) => (index * 7) % 256);
    const base64 = bytesToBase64(bytes);
    expect(Buffer.from(base64, 'base64').equals(Buffer.from(bytes))).toBe(true);
    expect(base64ToBytes(base64)).toEqual(bytes);
    expect(await fileToBase64(new Blob(['{"question":"卡"}\n']))).toBe(Buffer.from('{"question":"卡"}\n').toString('base64'));
  });
});
