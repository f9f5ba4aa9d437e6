/**
 * Everything the console and the CLI do with knowledge bases, on top of what flows
 * need at run time (`KbRuntime`). Implemented over the database by `SqlKbService`;
 * surfaces (tRPC `kb.*`, `kefu kb …`) depend on this interface only.
 */
import type { Locale } from '@kefu/schemas';
import type {
  Article,
  ArticleInput,
  ArticleStatus,
  ImportFormat,
  ImportReport,
  KbRuntime,
  KnowledgeBase,
  ModelVersion,
  SearchResult,
  UnansweredGroup,
  UnansweredStatus,
} from './kb-types.js';

export interface KbThresholds {
  answer: number;
  suggest: number;
}

export interface KnowledgeBaseInput {
  name: string;
  title: string;
  locale: Locale;
  thresholds?: KbThresholds;
}

export interface ArticleQuery {
  /** Matches the standard question, similar questions, answer and id (case-insensitive substring). */
  text?: string;
  /** A category path prefix: `["Cards"]` lists `Cards` and `Cards / Lost card`. */
  category?: string[];
  tag?: string;
  status?: ArticleStatus;
  offset?: number;
  limit?: number;
}

export interface ArticlePage {
  articles: Article[];
  total: number;
}

export interface ArticleRevision {
  revision: number;
  change: 'create' | 'update' | 'delete';
  /** Who made the change and when (ISO-8601). */
  changedAt: string;
  changedBy: string;
  /** The article as it was before the change; null when the change created it. */
  before: Article | null;
}

export interface CategoryNode {
  name: string;
  /** The full path of this node. */
  path: string[];
  /** Articles in this category and below. */
  count: number;
  children: CategoryNode[];
}

export interface ImportOptions {
  replace?: boolean;
  /** Validate only; write nothing. */
  dryRun?: boolean;
  author: string;
}

export interface ExportFile {
  filename: string;
  content: Buffer;
}

export interface TestCase {
  id: number;
  query: string;
  expectedId: string;
  source: string;
  createdAt: string;
}

export type UnansweredResolution =
  | { action: 'pending'; note?: string }
  | { action: 'dismiss'; note?: string }
  | { action: 'add-similar'; articleId: string; note?: string }
  | { action: 'create-article'; article: ArticleInput; note?: string };

export interface UnansweredQuery {
  status?: UnansweredStatus;
  offset?: number;
  limit?: number;
}

export interface KbService extends KbRuntime {
  listBases(): Promise<KnowledgeBase[]>;
  getBase(name: string): Promise<KnowledgeBase>;
  createBase(input: KnowledgeBaseInput): Promise<KnowledgeBase>;
  updateBase(name: string, patch: { title?: string; thresholds?: KbThresholds }): Promise<KnowledgeBase>;

  listArticles(kb: string, query?: ArticleQuery): Promise<ArticlePage>;
  /** Any article (drafts and expired ones too), or null. */
  getArticle(kb: string, id: string): Promise<Article | null>;
  /** `expectedRevision` null creates; otherwise it must match the stored revision (KEFU_ERR_KB_CONFLICT). */
  saveArticle(kb: string, input: ArticleInput, expectedRevision: number | null, author: string): Promise<Article>;
  deleteArticle(kb: string, id: string, author: string): Promise<void>;
  history(kb: string, id: string): Promise<ArticleRevision[]>;
  categories(kb: string): Promise<CategoryNode[]>;

  importArticles(kb: string, format: ImportFormat, content: Buffer, options: ImportOptions): Promise<ImportReport>;
  exportArticles(kb: string, format: ImportFormat): Promise<ExportFile>;

  /** Top-3 for agents in the inbox: like `search`, never logs anything. */
  suggest(kb: string, query: string): Promise<SearchResult>;

  listTestCases(kb: string): Promise<TestCase[]>;
  addTestCase(kb: string, query: string, expectedId: string, source?: string): Promise<TestCase>;
  removeTestCase(kb: string, id: number): Promise<void>;

  listModels(kb: string): Promise<ModelVersion[]>;
  /** Trains a new model version now, evaluates it and activates it unless top-1 regresses. */
  retrain(kb: string): Promise<ModelVersion>;

  listUnanswered(kb: string, query?: UnansweredQuery): Promise<{ groups: UnansweredGroup[]; total: number }>;
  resolveUnanswered(kb: string, groupId: string, resolution: UnansweredResolution, author: string): Promise<UnansweredGroup>;

  /** Builds every KB's index (server start, in the background). */
  warmUp(): Promise<void>;
  /** Stops pending retrains. */
  close(): Promise<void>;
}
