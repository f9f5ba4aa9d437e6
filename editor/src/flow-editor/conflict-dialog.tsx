import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { Modal } from '../layout/modal';
import { useFlowEditor } from './flow-editor-context';
import { nodeDiff } from './node-diff';

/**
 * Someone else saved this draft first. Nothing is overwritten silently: reload theirs,
 * keep mine (after seeing, node by node, what mine changes in theirs), or save mine as
 * a copy.
 */
export function ConflictDialog() {
  const { t } = useI18n();
  const { document: mine, saving } = useFlowEditor();
  const [confirmKeep, setConfirmKeep] = useState(false);
  const [busy, setBusy] = useState(false);
  const conflict = saving.conflict;
  if (!conflict) return null;
  const theirs = conflict.theirs;
  const diff = theirs ? nodeDiff(theirs.document, mine) : null;
  async function run(action: () => Promise<boolean>) {
    setBusy(true);
    await action();
    setBusy(false);
    setConfirmKeep(false);
  }
  return (
    <Modal title={t('editing.conflict.title')} onClose={() => undefined} testId="conflict-dialog">
      <p>{theirs ? t('editing.conflict.body', { revision: theirs.revision }) : t('editing.conflict.deleted')}</p>
      {confirmKeep && diff && (
        <div className="conflict-diff" data-testid="conflict-diff">
          <p>{t('editing.conflict.keepExplains')}</p>
          <ul className="plain-list">
            {diff.added.length > 0 && <li>{t('editing.conflict.added', { ids: diff.added.join(', ') })}</li>}
            {diff.removed.length > 0 && <li>{t('editing.conflict.removed', { ids: diff.removed.join(', ') })}</li>}
            {diff.changed.length > 0 && <li>{t('editing.conflict.changed', { ids: diff.changed.join(', ') })}</li>}
            {diff.edgesChanged > 0 && <li>{t('editing.conflict.edges', { count: diff.edgesChanged })}</li>}
            {diff.flowChanged && <li>{t('editing.conflict.flow')}</li>}
            {diff.added.length + diff.removed.length + diff.changed.length + diff.edgesChanged === 0 && !diff.flowChanged && <li>{t('editing.conflict.same')}</li>}
          </ul>
        </div>
      )}
      <div className="dialog__actions">
        {theirs && (
          <button type="button" className="button" disabled={busy} onClick={saving.reloadTheirs} data-testid="conflict-reload">
            {t('editing.conflict.reload')}
          </button>
        )}
        <button type="button" className="button" disabled={busy} onClick={() => void run(saving.copyMine)} data-testid="conflict-copy">
          {t('editing.conflict.copy')}
        </button>
        {confirmKeep || !theirs ? (
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void run(saving.keepMine)} data-testid="conflict-keep-confirm">
            {t('editing.conflict.keepConfirm')}
          </button>
        ) : (
          <button type="button" className="button" disabled={busy} onClick={() => setConfirmKeep(true)} data-testid="conflict-keep">
            {t('editing.conflict.keep')}
          </button>
        )}
      </div>
    </Modal>
  );
}
