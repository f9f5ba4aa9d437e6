import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { queryClient } from './api/trpc';
import { I18nProvider } from './i18n/i18n-provider';
import { useI18n } from './i18n/use-i18n';
import { Header } from './layout/header';
import { ChatPage } from './pages/chat-page';
import { FlowsPage } from './pages/flows-page';
import { VersionPage } from './pages/version-page';
import { VersionsPage } from './pages/versions-page';
import { matchRoute, type Route } from './routing/match-route';
import { useLocation } from './routing/router-state';

// The canvas (React Flow) is the heaviest part of the console: load it with its pages.
const FlowPage = lazy(() => import('./pages/flow-page').then((module) => ({ default: module.FlowPage })));
const DraftPage = lazy(() => import('./pages/draft-page').then((module) => ({ default: module.DraftPage })));

function Loading() {
  const { t } = useI18n();
  return <p className="muted page-status">{t('common.loading')}</p>;
}

function NotFound() {
  const { t } = useI18n();
  return <p className="page muted">{t('common.notFound')}</p>;
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
    case 'not-found':
      return <NotFound />;
  }
}

function Shell() {
  const location = useLocation();
  const route = matchRoute(location.pathname, location.searchParams);
  return (
    <div className="app">
      <Header route={route} />
      <main className="app-main">
        <Suspense fallback={<Loading />}>
          <Page route={route} />
        </Suspense>
      </main>
    </div>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <Shell />
      </I18nProvider>
    </QueryClientProvider>
  );
}
