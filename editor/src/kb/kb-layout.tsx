import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { trpc } from '../api/trpc';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/use-i18n';
import { QueryState } from '../layout/query-state';
import { Link } from '../routing/link';
import { kbHref, type KbRoute } from '../routing/match-route';
import { navigate } from '../routing/router-state';
import { useMe } from '../session/use-me';
import { KbBaseDialog } from './kb-base-dialog';
import type { KnowledgeBaseRow } from './kb-api';
import './kb.css';

type KbTabPage = Exclude<KbRoute['page'], 'kb-article'>;

const TABS: { page: KbTabPage; label: MessageKey }[] = [
  { page: 'kb-articles', label: 'kb.tab.articles' },
  { page: 'kb-import', label: 'kb.tab.import' },
  { page: 'kb-unanswered', label: 'kb.tab.unanswered' },
  { page: 'kb-test', label: 'kb.tab.test' },
];

interface KbLayoutProps {
  /** The knowledge base named in the URL; null = the first one. */
  kb: string | null;
  page: KbRoute['page'];
  children(base: KnowledgeBaseRow): ReactNode;
}

/**
 * The frame of every knowledge-base page: which knowledge base (switch or create one),
 * and the tabs. The chosen knowledge base lives in the URL (`?kb=`) so links keep it.
 */
export function KbLayout({ kb, page, children }: KbLayoutProps) {
  const { t } = useI18n();
  const canEdit = useMe().can('kb.edit');
  const bases = useQuery(trpc.kb.bases.list.queryOptions());
  const [creating, setCreating] = useState(false);
  if (!bases.data) return <QueryState error={bases.error} onRetry={() => void bases.refetch()} />;
  const base = (kb === null ? bases.data[0] : bases.data.find((candidate) => candidate.name === kb)) ?? null;
  const tabPage: KbTabPage = page === 'kb-article' ? 'kb-articles' : page;
  return (
    <div className="page page--wide kb">
      <div className="page__head">
        <h1>{t('kb.title')}</h1>
        <label className="kb__base">
          <span className="visually-hidden">{t('kb.base.label')}</span>
          <select
            className="input"
            value={base?.name ?? ''}
            onChange={(event) => navigate(kbHref(tabPage, event.target.value))}
            data-testid="kb-base-select"
            aria-label={t('kb.base.label')}
          >
            {bases.data.map((candidate) => (
              <option key={candidate.name} value={candidate.name}>
                {candidate.title} ({candidate.name})
              </option>
            ))}
          </select>
        </label>
        <span className="page__head-spacer" />
        {canEdit && (
          <button type="button" className="button" onClick={() => setCreating(true)} data-testid="kb-base-new">
            {t('kb.base.new')}
          </button>
        )}
      </div>
      <nav className="kb__tabs" aria-label={t('kb.title')}>
        {TABS.map((tab) => (
          <Link
            key={tab.page}
            href={kbHref(tab.page, base?.name ?? kb)}
            className={tab.page === tabPage ? 'kb__tab kb__tab--active' : 'kb__tab'}
            aria-current={tab.page === tabPage ? 'page' : undefined}
            data-testid={`kb-tab-${tab.page.slice(3)}`}
          >
            {t(tab.label)}
          </Link>
        ))}
      </nav>
      {base ? children(base) : <p className="muted">{t('kb.base.missing', { name: kb ?? '' })}</p>}
      {creating && <KbBaseDialog onClose={() => setCreating(false)} onCreated={(created) => navigate(kbHref(tabPage, created.name))} />}
    </div>
  );
}
