import { useI18n } from '../i18n/use-i18n';
import { KbLayout } from '../kb/kb-layout';
import { UnansweredQueue } from '../kb/unanswered-queue';

/** The review queue of the unanswered-question loop: how the knowledge base improves week after week. */
export function KbUnansweredPage({ kb }: { kb: string | null }) {
  const { t } = useI18n();
  return (
    <KbLayout kb={kb} page="kb-unanswered">
      {(base) => (
        <>
          <p className="muted">{t('kb.unanswered.intro')}</p>
          <UnansweredQueue key={base.name} kb={base.name} />
        </>
      )}
    </KbLayout>
  );
}
