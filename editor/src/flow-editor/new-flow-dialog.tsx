import type { Locale } from '@kefu/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { trpcCodeOf } from '../api/auth-problems';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { Modal } from '../layout/modal';
import { navigate } from '../routing/router-state';
import { IDENTIFIER } from './changes/fresh-id';
import { suggestFlowId } from './suggest-flow-id';
import './new-flow-dialog.css';

const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** What the new flow starts from: nothing, or a template (with the languages it has). */
type Start = { kind: 'blank' } | { kind: 'template'; id: string; title: string; locales: readonly string[] };

/** Step 1, the gallery: a blank flow or a template card. */
function Gallery({ onPick }: { onPick(start: Start): void }) {
  const { locale, t } = useI18n();
  const templates = useQuery(trpc.templates.list.queryOptions());
  return (
    <div className="gallery" data-testid="template-gallery">
      <button type="button" className="gallery__card" onClick={() => onPick({ kind: 'blank' })} data-testid="template-blank">
        <strong>{t('editing.new.blank')}</strong>
        <span className="muted small">{t('editing.new.blankHint')}</span>
      </button>
      {templates.error && <p className="notice notice--error">{t('common.error', { message: templates.error.message })}</p>}
      {templates.data?.map((template) => (
        <button
          type="button"
          key={template.id}
          className="gallery__card"
          onClick={() => onPick({ kind: 'template', id: template.id, title: template.title[locale], locales: template.locales })}
          data-testid={`template-${template.id}`}
        >
          <strong>{template.title[locale]}</strong>
          <span className="small">{template.description[locale]}</span>
          <span className="badges">
            <span className="tag">{template.categoryTitle[locale]}</span>
            {template.locales.map((code) => (
              <span key={code} className="tag">
                {code}
              </span>
            ))}
          </span>
        </button>
      ))}
    </div>
  );
}

/** Step 2: name, id and language; then the draft is created and the editor opens. */
function NameForm({ start, onBack }: { start: Start; onBack(): void }) {
  const { locale: consoleLocale, t } = useI18n();
  const locales = start.kind === 'template' ? LOCALES.filter((code) => start.locales.includes(code)) : LOCALES;
  const [name, setName] = useState(start.kind === 'template' ? start.title : '');
  const [id, setId] = useState<string | null>(null);
  const [locale, setLocale] = useState<Locale>(locales.includes(consoleLocale) ? consoleLocale : (locales[0] ?? 'en'));
  const flowId = id ?? suggestFlowId(name);
  const create = useMutation(
    trpc.drafts.create.mutationOptions({
      onSuccess: (created) => {
        void queryClient.invalidateQueries({ queryKey: trpc.flows.list.queryKey() });
        navigate(`/drafts/${encodeURIComponent(created.summary.id)}`);
      },
    }),
  );
  const idInvalid = !IDENTIFIER.test(flowId);
  function submit(event: FormEvent) {
    event.preventDefault();
    if (idInvalid || name.trim() === '') return;
    create.mutate(start.kind === 'blank' ? { from: 'blank', flowId, name, locale } : { from: 'template', templateId: start.id, flowId, name, locale });
  }
  const error = create.error ? (trpcCodeOf(create.error) === 'CONFLICT' ? t('editing.new.idTaken', { id: flowId }) : create.error.message) : null;
  return (
    <form onSubmit={submit} className="form">
      <label className="field">
        <span className="field__label">{t('editing.new.name')}</span>
        <input className="input" value={name} onChange={(event) => setName(event.target.value)} required autoFocus data-testid="new-flow-name" />
      </label>
      <label className="field">
        <span className="field__label">{t('editing.new.id')}</span>
        <input className="input" value={flowId} onChange={(event) => setId(event.target.value.trim())} aria-invalid={idInvalid} data-testid="new-flow-id" />
        <span className={idInvalid ? 'field__error' : 'muted small'}>{t('editing.new.idHint')}</span>
      </label>
      <label className="field">
        <span className="field__label">{t('editing.new.locale')}</span>
        <select className="input" value={locale} onChange={(event) => setLocale(event.target.value as Locale)} data-testid="new-flow-locale">
          {locales.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onBack}>
          {t('editing.new.back')}
        </button>
        <button type="submit" className="button button--primary" disabled={create.isPending || idInvalid || name.trim() === ''} data-testid="new-flow-create">
          {t('editing.new.create')}
        </button>
      </div>
    </form>
  );
}

/** "New flow": pick a blank flow or a template, name it, and open the new draft in the editor. */
export function NewFlowDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  const [start, setStart] = useState<Start | null>(null);
  return (
    <Modal title={t('editing.new.title')} onClose={onClose} testId="new-flow-dialog">
      {start === null ? (
        <>
          <Gallery onPick={setStart} />
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </>
      ) : (
        <NameForm start={start} onBack={() => setStart(null)} />
      )}
    </Modal>
  );
}
