import { useI18n } from '../i18n/use-i18n';
import { KbLayout } from '../kb/kb-layout';
import { ModelVersions } from '../kb/model-versions';
import { RetrievalTestPanel } from '../kb/retrieval-test-panel';
import { TestSet } from '../kb/test-set';

/** Try the retrieval as a customer would, and look after the model: versions, retraining, the test set. */
export function KbTestPage({ kb }: { kb: string | null }) {
  const { t } = useI18n();
  return (
    <KbLayout kb={kb} page="kb-test">
      {(base) => (
        <>
          <section className="card" data-testid="kb-test-panel">
            <h2 className="card__title">{t('kb.test.title')}</h2>
            <p className="muted">{t('kb.test.intro')}</p>
            <RetrievalTestPanel key={base.name} base={base} />
          </section>
          <ModelVersions kb={base.name} />
          <TestSet kb={base.name} />
        </>
      )}
    </KbLayout>
  );
}
