import { LOCALES } from '@kefu/schemas';
import { z } from 'zod';

/** Same rule as `KnowledgeBase.name`, so a bad name fails at the edge with its path. */
export const kbNameInput = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'Not a valid knowledge base name.');

export const articleIdInput = z.string().min(1).max(128);

export const localeInput = z.enum(LOCALES as readonly ['en', 'zh-CN']);

export const thresholdsInput = z
  .object({ answer: z.number().min(0).max(1), suggest: z.number().min(0).max(1) })
  .strict()
  .refine((value) => value.suggest <= value.answer, { message: 'The suggest threshold must not exceed the answer threshold.', path: ['suggest'] });

export const articleInput = z
  .object({
    id: articleIdInput.optional(),
    question: z.string(),
    similar: z.array(z.string()).max(1000).optional(),
    answer: z.string(),
    category: z.array(z.string()).max(10).optional(),
    tags: z.array(z.string()).max(50).optional(),
    status: z.enum(['draft', 'published']).optional(),
    validFrom: z.string().datetime({ offset: true }).nullable().optional(),
    validTo: z.string().datetime({ offset: true }).nullable().optional(),
    locale: localeInput.optional(),
  })
  .strict();

export const formatInput = z.enum(['jsonl', 'csv', 'xlsx']);

export const kbOnly = z.object({ kb: kbNameInput }).strict();

/** Paging of the console's lists. */
export const pageFields = {
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(200).optional(),
};
