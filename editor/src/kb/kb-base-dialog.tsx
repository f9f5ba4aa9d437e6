import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { FormField } from '../layout/form-field';
import { Modal } from '../layout/modal';
import type { KnowledgeBaseRow } from './kb-api';
import { LocaleSelect } from './locale-select';

interface KbBaseDialogProps {
  onClose(): void;
  onCreated(base: KnowledgeBaseRow): void;
}

/** A new knowledge base: its stable name (used by flows and the CLI), title and language. */
export function KbBaseDialog({ onClose, onCreated }: KbBaseDialogProps) {
  const { t, locale: consoleLocale } = useI18n();
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const [locale, setLocale] = useState(consoleLocale);
  const create = useMutation(
    trpc.kb.bases.create.mutationOptions({
      onSuccess: async (base) => {
        await queryClient.invalidateQueries({ queryKey: trpc.kb.bases.pathKey() });
        onClose();
        onCreated(base);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), title: title.trim() || name.trim(), locale });
  };
  return (
    <Modal title={t('kb.base.new')} onClose={onClose} testId="kb-base-dialog">
      <form className="form" onSubmit={submit}>
        {create.error && (
          <div className="notice notice--error" role="alert">
            {create.error.message}
          </div>
        )}
        <FormField
          label={t('kb.base.name')}
          hint={t('kb.base.nameHint')}
          testId="kb-base-name"
          required
          pattern="[A-Za-z0-9_\-]{1,64}"
          autoCapitalize="none"
          spellCheck={false}
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <FormField label={t('kb.base.titleField')} testId="kb-base-title" value={title} onChange={(event) => setTitle(event.target.value)} />
        <LocaleSelect id="kb-base-locale" value={locale} onChange={setLocale} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} disabled={create.isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={create.isPending} data-testid="kb-base-create">
            {t('kb.base.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
