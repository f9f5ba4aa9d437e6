import { useI18n } from '../i18n/use-i18n';
import type { ImportReport } from './kb-api';

/** A checked (or refused) import: what it would change, or every bad row and why. */
export function ImportReportView({ report, dryRun }: { report: ImportReport; dryRun: boolean }) {
  const { t } = useI18n();
  if (report.ok) {
    return (
      <div className={dryRun ? 'notice notice--info' : 'notice notice--success'} role="status" data-testid="kb-import-report" data-ok="true">
        {t(dryRun ? 'kb.import.wouldChange' : 'kb.import.done', { created: report.created, updated: report.updated, removed: report.removed })}
      </div>
    );
  }
  return (
    <div className="kb-import-report" data-testid="kb-import-report" data-ok="false">
      <div className="notice notice--error" role="alert">
        {t('kb.import.problems', { count: report.problems.length })}
      </div>
      <table className="table table--dense">
        <thead>
          <tr>
            <th className="num">{t('kb.import.row')}</th>
            <th>{t('kb.import.field')}</th>
            <th>{t('kb.import.message')}</th>
          </tr>
        </thead>
        <tbody>
          {report.problems.map((problem, index) => (
            <tr key={index} data-testid={`kb-import-problem-${problem.row}`}>
              <td className="num">{problem.row}</td>
              <td>{problem.field ? <code>{problem.field}</code> : <span className="muted">—</span>}</td>
              <td>{problem.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
