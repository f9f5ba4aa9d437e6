import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { auditActor } from '../audit-actor.js';
import { procedure } from '../trpc.js';
import { articleIdInput, articleInput, kbNameInput, kbOnly, pageFields } from './inputs.js';

const articleRef = z.object({ kb: kbNameInput, id: articleIdInput }).strict();

/** Search text, category prefix, tag and status filters, paged. */
export const listArticles = procedure('kb.view')
  .input(
    z
      .object({
        kb: kbNameInput,
        text: z.string().max(200).optional(),
        category: z.array(z.string().max(100)).max(10).optional(),
        tag: z.string().max(100).optional(),
        status: z.enum(['draft', 'published']).optional(),
        ...pageFields,
      })
      .strict(),
  )
  .query(({ ctx, input }) => {
    const { kb, ...query } = input;
    return ctx.app.kb.listArticles(kb, query);
  });

export const getArticle = procedure('kb.view')
  .input(articleRef)
  .query(async ({ ctx, input }) => {
    const article = await ctx.app.kb.getArticle(input.kb, input.id);
    if (!article) throw new TRPCError({ code: 'NOT_FOUND', message: `No article ${input.id} in ${input.kb}.` });
    return article;
  });

/** Creates (`expectedRevision: null`) or updates an article; a stale revision is CONFLICT. */
export const saveArticle = procedure('kb.edit')
  .input(z.object({ kb: kbNameInput, article: articleInput, expectedRevision: z.number().int().min(1).nullable() }).strict())
  .mutation(({ ctx, input }) => ctx.app.kb.saveArticle(input.kb, input.article, input.expectedRevision, ctx.principal.name));

export const deleteArticle = procedure('kb.edit')
  .input(articleRef)
  .mutation(async ({ ctx, input }) => {
    const target = { type: 'kb-article', id: `${input.kb}/${input.id}` };
    const before = await ctx.app.kb.getArticle(input.kb, input.id);
    await ctx.app.kb.deleteArticle(input.kb, input.id, ctx.principal.name);
    await ctx.app.audit.record({ ...auditActor(ctx), action: 'kb.article.delete', target, before: before ?? undefined });
    return { deleted: input.id };
  });

/** Every change of an article, newest first, each with the content before it. */
export const articleHistory = procedure('kb.view')
  .input(articleRef)
  .query(({ ctx, input }) => ctx.app.kb.history(input.kb, input.id));

/** The category tree derived from the articles' category paths, with counts. */
export const listCategories = procedure('kb.view')
  .input(kbOnly)
  .query(({ ctx, input }) => ctx.app.kb.categories(input.kb));
