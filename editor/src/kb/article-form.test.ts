import { describe, expect, it } from 'vitest';
import { isoToLocalInput, localInputToIso, parseCategoryPath, parseTags, splitLines, toArticleForm, toArticleInput } from './article-form';

describe('the article form', () => {
  it('splits pasted similar questions one per line, trimmed and each once', () => {
    expect(splitLines(' 卡丢了 \r\n\n我的卡不见了\n卡丢了\n   ')).toEqual(['卡丢了', '我的卡不见了']);
  });

  it('parses category paths and tags as typed', () => {
    expect(parseCategoryPath(' Cards /Lost card / ')).toEqual(['Cards', 'Lost card']);
    expect(parseCategoryPath('')).toEqual([]);
    expect(parseTags('card, urgent，卡片|card')).toEqual(['card', 'urgent', '卡片']);
  });

  it('round-trips a local date-time through ISO', () => {
    const iso = localInputToIso('2026-03-01T09:30');
    expect(iso).not.toBeNull();
    expect(isoToLocalInput(iso)).toBe('2026-03-01T09:30');
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('not a date')).toBeNull();
    expect(isoToLocalInput(null)).toBe('');
  });

  it('turns an article into a form and back without losing anything', () => {
    const article = {
      id: 'lost-card',
      question: 'I lost my card',
      similar: ['card lost', 'where is my card'],
      answer: 'Call **us**.',
      category: ['Cards', 'Lost card'],
      tags: ['card', 'urgent'],
      status: 'published' as const,
      validFrom: '2026-01-01T00:00:00.000Z',
      validTo: null,
      locale: 'en' as const,
    };
    const form = toArticleForm(article, 'zh-CN');
    expect(form.category).toBe('Cards / Lost card');
    expect(form.tags).toBe('card, urgent');
    expect(toArticleInput(form)).toEqual(article);
  });

  it('starts a new article as a draft in the knowledge base language and leaves the id to the store', () => {
    const form = toArticleForm(null, 'zh-CN');
    expect(form).toMatchObject({ status: 'draft', locale: 'zh-CN', id: '' });
    expect(toArticleInput({ ...form, question: ' 你好 ', similar: [' a ', 'a', ''] })).not.toHaveProperty('id');
    expect(toArticleInput({ ...form, question: ' 你好 ', similar: [' a ', 'a', ''] })).toMatchObject({ question: '你好', similar: ['a'] });
  });
});
