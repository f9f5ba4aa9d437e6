/**
 * Drafts over MikroORM. Saving is optimistic: the caller says which revision it
 * edited, and the update only applies when that is still the stored one.
 */
import type { FlowDocument } from '@kefu/schemas';
import type { DraftService, DraftSummary } from '../app/app-context.js';
import { FlowDraft, type FlowDraftRow } from '../db/entities/flow-draft.js';
import { isUniqueViolation } from '../db/is-unique-violation.js';
import type { KefuOrm } from '../db/open-orm.js';
import { KefuError } from '../errors.js';

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export class OrmDraftService implements DraftService {
  readonly #orm: KefuOrm;

  constructor(orm: KefuOrm) {
    this.#orm = orm;
  }

  async list(): Promise<DraftSummary[]> {
    const rows = await this.#orm.em.fork().find(FlowDraft, {}, { orderBy: { id: 'asc' } });
    return rows.map(draftSummary);
  }

  async get(id: string): Promise<{ summary: DraftSummary; document: FlowDocument } | null> {
    const row = await this.#orm.em.fork().findOne(FlowDraft, { id });
    return row ? { summary: draftSummary(row), document: row.document } : null;
  }

  async save(document: FlowDocument, expectedRevision: number | null): Promise<DraftSummary> {
    // A draft may be incomplete, but it must be addressable and listable.
    if (typeof document.id !== 'string' || !IDENTIFIER.test(document.id)) {
      throw new KefuError('KEFU_ERR_BAD_REQUEST', 'A flow id starts with a letter and has at most 64 letters, digits, "_" or "-".', { path: '/id' });
    }
    if (typeof document.name !== 'string' || document.name.trim() === '') {
      throw new KefuError('KEFU_ERR_BAD_REQUEST', 'A flow needs a name.', { path: '/name' });
    }
    const em = this.#orm.em.fork();
    const now = new Date();
    if (expectedRevision === null) {
      const row = em.create(FlowDraft, { id: document.id, name: document.name, locale: document.locale, document, revision: 1, updatedAt: now });
      try {
        await em.flush();
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict(document.id);
        throw error;
      }
      return draftSummary(row);
    }
    const changed = await em.nativeUpdate(
      FlowDraft,
      { id: document.id, revision: expectedRevision },
      { document, name: document.name, locale: document.locale, revision: expectedRevision + 1, updatedAt: now },
    );
    if (changed !== 1) throw conflict(document.id);
    return { id: document.id, name: document.name, locale: document.locale, revision: expectedRevision + 1, updatedAt: now.toISOString() };
  }

  async delete(id: string): Promise<boolean> {
    return (await this.#orm.em.fork().nativeDelete(FlowDraft, { id })) === 1;
  }
}

function conflict(id: string): KefuError {
  return new KefuError('KEFU_ERR_DRAFT_CONFLICT', `Draft "${id}" was changed by someone else; reload it before saving.`, { path: '/revision' });
}

function draftSummary(row: FlowDraftRow): DraftSummary {
  return { id: row.id, name: row.name, locale: row.locale, revision: row.revision, updatedAt: new Date(row.updatedAt).toISOString() };
}
