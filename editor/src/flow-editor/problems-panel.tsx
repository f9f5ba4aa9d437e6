import { formatProblem } from '@kefu/schemas';
import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { useFlowEditor } from './flow-editor-context';
import { problemTarget } from './problem-target';

/**
 * The draft's problems (errors first); clicking one selects its node and opens the field,
 * or, for the flow's own fields (name, variables), shows the flow settings.
 */
export function ProblemsPanel() {
  const { locale, t } = useI18n();
  const { document: flow, problems, focusNode, select } = useFlowEditor();
  const [open, setOpen] = useState(true);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const sorted = [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return (
    <section className={open ? 'problems problems--open' : 'problems'} data-testid="problems-panel" data-count={problems.length}>
      <button type="button" className="problems__head" onClick={() => setOpen(!open)} aria-expanded={open}>
        {problems.length === 0 ? t('editing.problems.none') : t('editing.problems.summary', { errors, warnings: problems.length - errors })}
      </button>
      {open && problems.length > 0 && (
        <ul className="problems__list">
          {sorted.map((problem, index) => {
            const target = problemTarget(problem, flow);
            return (
              <li key={`${problem.path}-${problem.code}-${index}`}>
                <button
                  type="button"
                  className={`problems__item problems__item--${problem.severity}`}
                  onClick={() => (target ? focusNode(target.nodeId, target.field ?? undefined) : select([]))}
                  data-testid="problem"
                  data-node-id={target?.nodeId ?? ''}
                  data-code={problem.code}
                >
                  <span className="problems__severity">{t(problem.severity === 'error' ? 'editing.problems.error' : 'editing.problems.warning')}</span>
                  {target && <code>{target.nodeId}</code>}
                  <span className="problems__message">{formatProblem(problem, locale)}</span>
                  <code className="muted small">{problem.path || '/'}</code>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
