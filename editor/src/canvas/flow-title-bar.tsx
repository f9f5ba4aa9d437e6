import type { FlowDocument } from '@kefu/schemas';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { Link } from '../routing/link';

/** The bar above a canvas: back to the flows, the flow's name and id, badges, and its size. */
export function FlowTitleBar({ document, badges }: { document: FlowDocument; badges: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="flow-page__bar">
      <Link href="/" className="back-link">
        {t('flow.backToFlows')}
      </Link>
      <h1 className="flow-page__title">{document.name}</h1>
      <code className="muted">{document.id}</code>
      {badges}
      <span className="muted small flow-page__stats">
        {t('flow.stats', { nodes: document.nodes.length, edges: document.edges.length, locale: document.locale })}
      </span>
    </div>
  );
}
