import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useFlowEditor } from '../flow-editor/flow-editor-context';
import { useI18n } from '../i18n/use-i18n';
import { FormField } from '../layout/form-field';
import { Modal } from '../layout/modal';
import { FlowDiffView } from './flow-diff-view';
import { ProblemList } from './problem-list';
import { serverProblemsOf } from './server-problems';
import './publish.css';

interface Props {
  onClose(): void;
  onPublished(version: number): void;
}

/**
 * Publishing the draft being edited: it is saved first (the server publishes the stored
 * revision the publisher reviewed), then checks, a required message, the changes
 * against the current version, and the confirm button (disabled while errors remain).
 */
export function PublishDialog({ onClose, onPublished }: Props) {
  const { t } = useI18n();
  const editor = useFlowEditor();
  const { document, saving, problems } = editor;
  const [message, setMessage] = useState('');
  const [touched, setTouched] = useState(false);
  const savedNow = saving.status === 'saved';

  // Unsaved edits are saved before anything is compared or published.
  const { save } = saving;
  useEffect(() => {
    if (saving.status === 'unsaved') void save();
  }, [saving.status, save]);

  const diff = useQuery({ ...trpc.versions.diff.queryOptions({ flowId: document.id }), enabled: savedNow, staleTime: 0 });
  const publish = useMutation(
    trpc.flows.publish.mutationOptions({
      onSuccess: async (published) => {
        saving.adoptRevision(published.draftRevision);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.versions.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.flows.pathKey() }),
        ]);
        onPublished(published.version);
      },
    }),
  );

  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.length - errors.length;
  const trimmed = message.trim();
  const ready = savedNow && diff.isSuccess && errors.length === 0 && trimmed !== '' && !publish.isPending;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (ready) publish.mutate({ flowId: document.id, expectedRevision: saving.revision, message: trimmed });
  };

  return (
    <Modal title={t('publish.title', { name: document.name })} onClose={onClose} testId="publish-dialog">
      <form className="publish-dialog" onSubmit={submit}>
        <section>
          <h3 className="publish-dialog__title">{t('publish.checks')}</h3>
          {errors.length > 0 ? (
            <div className="notice notice--error" data-testid="publish-errors">
              {t('publish.checksErrors', { count: errors.length })}
              <ProblemList
                problems={errors.map((problem) => ({ path: problem.path, message: problem.message, nodeId: problem.nodeId ?? null, line: null }))}
                onFocusNode={(nodeId) => {
                  editor.focusNode(nodeId);
                  onClose();
                }}
              />
            </div>
          ) : (
            <p className="publish-dialog__ok">{t('publish.checksOk')}</p>
          )}
          {warnings > 0 && <p className="muted small">{t('publish.checksWarnings', { count: warnings })}</p>}
          {!savedNow && <p className="muted small">{saving.error ?? t('publish.unsaved')}</p>}
        </section>
        <FormField
          label={t('publish.message')}
          testId="publish-message"
          value={message}
          maxLength={1000}
          placeholder={t('publish.messagePlaceholder')}
          onChange={(event) => setMessage(event.target.value)}
          onBlur={() => setTouched(true)}
          required
        />
        {touched && trimmed === '' && <p className="publish-dialog__error">{t('publish.messageRequired')}</p>}
        <section>
          <h3 className="publish-dialog__title">{t('publish.changes')}</h3>
          {diff.data?.from.document === null && <p className="muted small">{t('publish.firstVersion')}</p>}
          {diff.data && <FlowDiffView diff={diff.data} height="280px" />}
          {diff.error && <div className="notice notice--error">{diff.error.message}</div>}
        </section>
        {publish.error && (
          <div className="notice notice--error" role="alert">
            {t('publish.failed', { message: publish.error.message })}
            <ProblemList problems={serverProblemsOf(publish.error)} />
          </div>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose} disabled={publish.isPending}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" data-testid="publish-confirm" disabled={!ready}>
            {t('publish.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
