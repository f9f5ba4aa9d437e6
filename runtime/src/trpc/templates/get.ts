import { z } from 'zod';
import { procedure } from '../trpc.js';
import { localeInput, templateIdInput } from './template-inputs.js';
import { readTemplateFlow } from './template-library.js';

/** One template's flow document in one language (the gallery's preview). */
export const getTemplate = procedure('flows.view')
  .input(z.object({ templateId: templateIdInput, locale: localeInput }))
  .query(async ({ input }) => ({ document: await readTemplateFlow(input.templateId, input.locale) }));
