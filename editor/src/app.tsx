import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { queryClient } from './api/trpc';
import { I18nProvider } from './i18n/i18n-provider';
import { useI18n } from './i18n/use-i18n';
import { Header } from './layout/header';
import { AccountPage } from './pages/account-page';
import { AuditPage } from './pages/audit-page';
import { ChatPage } from './pages/chat-page';
import { EnrolmentPage } from './pages/enrolment-page';
import { FlowsPage } from './pages/flows-page';
import { LoginPage } from './pages/login-page';
import { PasswordChangePage } from './pages/password-change-page';
import { SetupPage } from './pages/setup-page';
import { UsersPage } from './pages/users-page';
import { VersionPage } from './pages/version-page';
import { VersionsPage } from './pages/versions-page';
import { matchRoute, type Route } from './routing/match-route';
import { replace, useLocation } from './routing/router-state';
import { SECTIONS, sectionOf } from './routing/sections';
import { MeProvider } from './session/me-provider';
import { SessionProvider } from './session/session-provider';
import { useMe } from './session/use-me';
import { useSession } from './session/use-session';

// The canvas (React Flow) is the heaviest part of the console: load it with its pages.
const FlowPage = lazy(() => import('./pages/flow-page').then((module) => ({ default: module.FlowPage })));
const DraftPage = lazy(() => import('./pages/draft-page').then((module) => ({ default: module.DraftPage })));
// The knowledge-base pages load on first use: most sessions never open them.
const KbArticlesPage = lazy(() => import('./pages/kb-articles-page').then((module) => ({ default: module.KbArticlesPage })));
const KbArticlePage = lazy(() => import('./pages/kb-article-page').then((module) => ({ default: module.KbArticlePage })));
const KbImportPage = lazy(() => import('./pages/kb-import-page').then((module) => ({ default: module.KbImportPage })));
const KbUnansweredPage = lazy(() => import('./pages/kb-unanswered-page').then((module) => ({ default: module.KbUnansweredPage })));
const KbTestPage = lazy(() => import('./pages/kb-test-page').then((module) => ({ default: module.KbTestPage })));

function Loading() {
  const { t } = useI18n();
  return <p className="muted page-status">{t('common.loading')}</p>;
}

function NotFound() {
  const { t } = useI18n();
  return <p className="page muted">{t('common.notFound')}</p>;
}

function Forbidden() {
  const { t } = useI18n();
  return (
    <p className="page muted" data-testid="forbidden">
      {t('common.forbidden')}
    </p>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'flows':
      return <FlowsPage />;
    case 'flow':
      return <FlowPage flowId={route.flowId} version={route.version} />;
    case 'draft':
      return <DraftPage flowId={route.flowId} />;
    case 'versions':
      return <VersionsPage />;
    case 'version':
      return <VersionPage version={route.version} />;
    case 'chat':
      return <ChatPage />;
    case 'users':
      return <UsersPage />;
    case 'audit':
      return <AuditPage />;
    case 'account':
      return <AccountPage />;
    case 'kb-articles':
      return <KbArticlesPage kb={route.kb} />;
    case 'kb-article':
      return <KbArticlePage kb={route.kb} articleId={route.articleId} />;
    case 'kb-import':
      return <KbImportPage kb={route.kb} />;
    case 'kb-unanswered':
      return <KbUnansweredPage kb={route.kb} />;
    case 'kb-test':
      return <KbTestPage kb={route.kb} />;
    case 'not-found':
      return <NotFound />;
  }
}

function Shell() {
  const location = useLocation();
  const { can } = useMe();
  const route = matchRoute(location.pathname, location.searchParams);
  const section = sectionOf(route);
  const allowed = section === null || can(section.permission);
  // The home page is the flows list; someone who cannot see flows starts at their first
  // section instead, but not at "Try the bot": opening it starts a conversation.
  const home = SECTIONS.find((candidate) => candidate.id !== 'chat' && can(candidate.permission));
  const redirect = !allowed && location.pathname === '/' && home !== undefined ? home.href : null;
  useEffect(() => {
    if (redirect) replace(redirect);
  }, [redirect]);
  return (
    <div className="app">
      <Header route={route} />
      <main className="app-main">
        <Suspense fallback={<Loading />}>{allowed ? <Page route={route} /> : redirect ? <Loading /> : <Forbidden />}</Suspense>
      </main>
    </div>
  );
}

/** Which screen shows: setup, login, a forced password change or 2FA enrolment, or the console. */
function SessionGate() {
  const { t } = useI18n();
  const { session, refresh } = useSession();
  switch (session.status) {
    case 'loading':
      return <Loading />;
    case 'unavailable':
      return (
        <div className="notice notice--error" role="alert">
          {t('common.error', { message: session.message })}
          <button type="button" className="button button--small" onClick={() => void refresh()}>
            {t('common.retry')}
          </button>
        </div>
      );
    case 'setup':
      return <SetupPage />;
    case 'signed-out':
      return <LoginPage reason={session.reason} />;
    case 'signed-in':
      if (session.restriction === 'password-change') return <PasswordChangePage />;
      if (session.restriction === 'enrolment') return <EnrolmentPage />;
      return (
        <MeProvider key={session.user.id}>
          <Shell />
        </MeProvider>
      );
  }
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <SessionProvider>
          <SessionGate />
        </SessionProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
