import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { describeKbError } from './describe-kb-error';
import { fileToBase64, importFormatOf, type ImportFormat } from './file-content';
import { ImportReportView } from './import-report';

interface Chosen {
  name: string;
  format: ImportFormat;
  contentBase64: string;
}

/**
 * Choose a file → it is checked at once (a dry run: every bad row with its number and
 * reason, or what would be created, updated and removed) → confirm to import. An import
 * is all-or-nothing, so a file with any bad row imports nothing.
 */
export function ImportWizard({ kb }: { kb: string }) {
  const { t } = useI18n();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [unknownFormat, setUnknownFormat] = useState<string | null>(null);
  const [replaceAll, setReplaceAll] = useState(false);
  const check = useMutation(trpc.kb.import.mutationOptions());
  const run = useMutation(
    trpc.kb.import.mutationOptions({
      onSuccess: (report) => {
        if (report.ok) void queryClient.invalidateQueries({ queryKey: trpc.kb.pathKey() });
      },
    }),
  );

  const dryRun = (file: Chosen, replace: boolean) => {
    run.reset();
    check.mutate({ kb, format: file.format, contentBase64: file.contentBase64, replace, dryRun: true });
  };
  const choose = async (file: File | undefined) => {
    setChosen(null);
    check.reset();
    run.reset();
    if (!file) return;
    const format = importFormatOf(file.name);
    setUnknownFormat(format ? null : file.name);
    if (!format) return;
    const next = { name: file.name, format, contentBase64: await fileToBase64(file) };
    setChosen(next);
    dryRun(next, replaceAll);
  };
  const failure = check.error ?? run.error;

  return (
    <div className="kb-import" data-testid="kb-import">
      <ol className="kb-import__steps">
        <li>
          <label className="field__label" htmlFor="kb-import-file">
            {t('kb.import.choose')}
          </label>
          <input id="kb-import-file" type="file" accept=".jsonl,.ndjson,.csv,.xlsx" onChange={(event) => void choose(event.target.files?.[0])} data-testid="kb-import-file" />
          <div className="muted small">{t('kb.import.formats')}</div>
        </li>
        <li>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={replaceAll}
              onChange={(event) => {
                setReplaceAll(event.target.checked);
                if (chosen) dryRun(chosen, event.target.checked);
              }}
              data-testid="kb-import-replace"
            />
            <span>
              <strong>{t('kb.import.replace')}</strong>
              <span className="muted small"> — {t('kb.import.replaceHint')}</span>
            </span>
          </label>
        </li>
      </ol>
      {unknownFormat && (
        <div className="notice notice--error" role="alert">
          {t('kb.import.unknownFormat', { name: unknownFormat })}
        </div>
      )}
      {failure && (
        <div className="notice notice--error" role="alert">
          {describeKbError(failure).text}
        </div>
      )}
      {check.isPending && <p className="muted">{t('kb.import.checking')}</p>}
      {run.data ? (
        <ImportReportView report={run.data} dryRun={false} />
      ) : (
        check.data && (
          <>
            <ImportReportView report={check.data} dryRun />
            {check.data.ok && chosen && (
              <div className="kb-import__confirm">
                <button
                  type="button"
                  className="button button--primary"
                  disabled={run.isPending}
                  onClick={() => run.mutate({ kb, format: chosen.format, contentBase64: chosen.contentBase64, replace: replaceAll, dryRun: false })}
                  data-testid="kb-import-confirm"
                >
                  {t('kb.import.confirm', { name: chosen.name })}
                </button>
              </div>
            )}
          </>
        )
      )}
    </div>
  );
}
