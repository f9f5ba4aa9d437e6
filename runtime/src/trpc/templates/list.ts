import { procedure } from '../trpc.js';
import { listTemplates } from './template-library.js';

/** The templates gallery: every starter template with its titles, category and languages. */
export const listTemplatesProcedure = procedure('flows.view').query(() => listTemplates());
