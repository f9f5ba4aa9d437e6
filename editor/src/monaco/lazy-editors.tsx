import { lazy, Suspense } from 'react';
import { useI18n } from '../i18n/use-i18n';
import type { DiffEditorProps } from './diff-editor-props';
import type { ExpressionInputProps } from './expression-input-props';
import type { JsonDocumentEditorProps } from './json-document-editor-props';
import { loadMonacoLocale, rememberMonacoLocale } from './load-monaco-locale';
import './monaco.css';

const LazyJsonDocumentEditor = lazy(() => loadMonacoLocale().then(() => import('./json-document-editor')));
const LazyExpressionInput = lazy(() => loadMonacoLocale().then(() => import('./expression-input-editor')));
const LazyDiffEditor = lazy(() => loadMonacoLocale().then(() => import('./diff-editor-view')));

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
