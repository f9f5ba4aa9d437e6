/** The knowledge base as the console receives it from `kb.*` (types only, from the router). */
import type { RouterInputs, RouterOutputs } from '../api/trpc';

type Kb = RouterOutputs['kb'];

export type KnowledgeBaseRow = Kb['bases']['list'][number];
export type ArticleRow = Kb['articles']['list']['articles'][number];
export type ArticleRevisionRow = Kb['articles']['history'][number];
export type CategoryNode = Kb['categories'][number];
export type ImportReport = Kb['import'];
export type SearchOutcome = Kb['search'];
export type UnansweredGroupRow = Kb['unanswered']['list']['groups'][number];
export type UnansweredStatus = UnansweredGroupRow['status'];
export type ModelVersionRow = Kb['models']['list'][number];
export type TestCaseRow = Kb['testSet']['list'][number];
export type ArticleListFilter = Omit<RouterInputs['kb']['articles']['list'], 'kb'>;
export type UnansweredResolution = RouterInputs['kb']['unanswered']['resolve']['resolution'];

export const UNANSWERED_STATUSES = ['new', 'pending', 'applied', 'dismissed'] as const satisfies readonly UnansweredStatus[];
