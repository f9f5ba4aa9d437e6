import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { Modal } from '../layout/modal';

/**
 * A temporary password, shown exactly once: the server keeps only its hash. The user
 * must choose their own at the first sign-in.
 */
export function TemporaryPasswordDialog({ username, password, onClose }: { username: string; password: string; onClose(): void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard access (http, policy): the password stays selectable
    }
  };
  return (
    <Modal title={t('users.temporary.title', { username })} onClose={onClose} testId="temporary-password-dialog">
      <p>{t('users.temporary.body')}</p>
      <div className="secret-box">
        <code data-testid="temporary-password">{password}</code>
        <button type="button" className="button button--small" onClick={() => void copy()}>
          {copied ? t('users.temporary.copied') : t('users.temporary.copy')}
        </button>
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={onClose} data-testid="temporary-password-done">
          {t('users.temporary.done')}
        </button>
      </div>
    </Modal>
  );
}
