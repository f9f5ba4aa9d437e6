import { router } from '../trpc.js';
import { createDraft } from './create.js';
import { deleteDraft } from './delete.js';
import { saveDraft } from './save.js';

export const draftsRouter = router({ save: saveDraft, create: createDraft, delete: deleteDraft });
