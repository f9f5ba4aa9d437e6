import type { Locale } from '@kefu/schemas';
import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/use-i18n';
import type { DiffEditorProps } from './diff-editor-props';
import type { ExpressionInputProps } from './expression-input-props';
import type { JsonDocumentEditorProps } from './json-document-editor-props';
import { loadMonacoLocale, rememberMonacoLocale } from './load-monaco-locale';
import './monaco.css';

const loadExpressionInput = () => loadMonacoLocale().then(() => import('./expression-input-editor'));
const LazyJsonDocumentEditor = lazy(() => loadMonacoLocale().then(() => import('./json-document-editor')));
const LazyExpressionInput = lazy(loadExpressionInput);
const LazyDiffEditor = lazy(() => loadMonacoLocale().then(() => import('./diff-editor-view')));

/**
 * Loads Monaco and the expression input ahead of use, when the page has nothing else to
 * do. The first form with an expression field otherwise pays for it on the click: Monaco's
 * code, and its stylesheet, whose font makes the browser restyle and lay out the whole
 * page again — 400 ms and more beside a large flow.
 */
export function prefetchEditors(locale: Locale): () => void {
  rememberMonacoLocale(locale);
  const load = () => void loadExpressionInput().catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(load, { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(load, 2000);
  return () => window.clearTimeout(timer);
}

function Loading() {
  const { t } = useI18n();
  return <div className="muted small monaco-loading">{t('forms.monaco.loading')}</div>;
}

export function JsonDocumentEditor(props: JsonDocumentEditorProps) {
  rememberMonacoLocale(useI18n().locale);
  return (
    <Suspense fallback={<Loading />}>
      <LazyJsonDocumentEditor {...props} />
    </Suspense>
  );
}

/** While Monaco loads, a plain input with the same value keeps the form usable. */
export function ExpressionInput(props: ExpressionInputProps) {
  rememberMonacoLocale(useI18n().locale);
  const { id, testId, ariaLabel, value, onChange, onFocus } = props;
  const fallback = <input className="input expression-input--plain" id={id} data-testid={testId} aria-label={ariaLabel} value={value} onChange={(event) => onChange(event.target.value)} onFocus={onFocus} />;
  return (
    <Suspense fallback={fallback}>
      <LazyExpressionInput {...props} />
    </Suspense>
  );
}

export function DiffEditor(props: DiffEditorProps) {
  rememberMonacoLocale(useI18n().locale);
  return (
    <Suspense fallback={<Loading />}>
      <LazyDiffEditor {...props} />
    </Suspense>
  );
}
