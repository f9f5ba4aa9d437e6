import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { useMe } from '../session/use-me';
import { PublishDialog } from './publish-dialog';

/**
 * The editor toolbar's publish control. Hidden from who may not publish (the server
 * checks `flows.publish` again); opens the publish dialog.
 */
export function PublishButton() {
  const { t } = useI18n();
  const canPublish = useMe().can('flows.publish');
  const [open, setOpen] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  if (!canPublish) return null;
  return (
    <>
      <button type="button" className="button button--small button--primary" data-testid="flow-publish" onClick={() => setOpen(true)}>
        {t('publish.button')}
      </button>
      {published !== null && (
        <span className="badge badge--current" role="status" data-testid="publish-done">
          {t('publish.published', { version: published })}
        </span>
      )}
      {open && (
        <PublishDialog
          onClose={() => setOpen(false)}
          onPublished={(version) => {
            setOpen(false);
            setPublished(version);
          }}
        />
      )}
    </>
  );
}
