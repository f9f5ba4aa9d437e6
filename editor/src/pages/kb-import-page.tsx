import { useI18n } from '../i18n/use-i18n';
import { ExportButtons } from '../kb/export-buttons';
import { ImportWizard } from '../kb/import-wizard';
import { KbLayout } from '../kb/kb-layout';
import { useMe } from '../session/use-me';

/** Bulk import (checked first, all-or-nothing) and export of a knowledge base. */
export function KbImportPage({ kb }: { kb: string | null }) {
  const { t } = useI18n();
  const canEdit = useMe().can('kb.edit');
  return (
    <KbLayout kb={kb} page="kb-import">
      {(base) => (
        <>
          {canEdit && (
            <section className="card">
              <h2 className="card__title">{t('kb.import.title')}</h2>
              <p className="muted">{t('kb.import.intro')}</p>
              <ImportWizard key={base.name} kb={base.name} />
            </section>
          )}
          <section className="card">
            <h2 className="card__title">{t('kb.export.title')}</h2>
            <p className="muted">{t('kb.export.intro', { count: base.articleCount })}</p>
            <ExportButtons kb={base.name} />
          </section>
        </>
      )}
    </KbLayout>
  );
}
