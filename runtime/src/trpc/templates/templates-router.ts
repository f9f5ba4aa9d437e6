import { router } from '../trpc.js';
import { getTemplate } from './get.js';
import { listTemplatesProcedure } from './list.js';

export const templatesRouter = router({ list: listTemplatesProcedure, get: getTemplate });
