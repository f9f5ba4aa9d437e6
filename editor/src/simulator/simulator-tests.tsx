import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useFlowEditor } from '../flow-editor/flow-editor-context';
import { useI18n } from '../i18n/use-i18n';
import { ProblemList } from '../publish/problem-list';
import { serverProblemsOf } from '../publish/server-problems';
import { defaultTestsYaml } from './default-tests';

/** The simulator's tests tab: edit the flow's conversation tests, save them with the draft, run them against it. */
export function SimulatorTests() {
  const { t } = useI18n();
  const editor = useFlowEditor();
  const flowId = editor.document.id;
  const saved = useQuery(trpc.simulator.getTests.queryOptions({ flowId }));
  const [yaml, setYaml] = useState<string | null>(null);
  useEffect(() => {
    if (saved.isSuccess && yaml === null) setYaml(saved.data?.yaml ?? defaultTestsYaml(editor.document.name));
  }, [saved.isSuccess, saved.data, yaml, editor.document.name]);

  const save = useMutation(
    trpc.simulator.saveTests.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.simulator.getTests.queryKey({ flowId }) }),
    }),
  );
  const run = useMutation(trpc.simulator.runTests.mutationOptions());
  const text = yaml ?? '';
  const result = run.data;

  return (
    <div className="simulator__tests">
      <p className="muted small">{t('simulator.tests.intro')}</p>
      <textarea
        className="simulator__yaml"
        data-testid="simulator-tests-yaml"
        value={text}
        spellCheck={false}
        rows={14}
        onChange={(event) => setYaml(event.target.value)}
      />
      <div className="simulator__toolbar">
        <button type="button" className="button button--small" data-testid="simulator-tests-save" disabled={save.isPending} onClick={() => save.mutate({ flowId, testsYaml: text })}>
          {t('simulator.tests.save')}
        </button>
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="simulator-tests-run"
          disabled={run.isPending}
          onClick={() => run.mutate({ flowId, document: editor.document, testsYaml: text })}
        >
          {t('simulator.tests.run')}
        </button>
        {save.isSuccess && <span className="muted small">{t('simulator.tests.saved')}</span>}
      </div>
      {(run.error ?? save.error) && (
        <div className="notice notice--error" role="alert">
          {(run.error ?? save.error)?.message}
          <ProblemList problems={serverProblemsOf(run.error)} />
        </div>
      )}
      {result && (
        <section data-testid="simulator-tests-result">
          <p>
            <strong>{t('simulator.tests.summary', { passed: result.passed, failed: result.failed })}</strong>
          </p>
          <ul className="test-results">
            {result.cases.map((testCase) => (
              <li key={testCase.name} data-testid="simulator-test-case" data-passed={testCase.passed}>
                <span className={testCase.passed ? 'badge badge--current' : 'badge badge--danger'}>
                  {testCase.passed ? t('simulator.tests.pass') : t('simulator.tests.fail')}
                </span>{' '}
                {testCase.name}
                {testCase.failure && (
                  <div className="test-results__failure">
                    <div>
                      {t('simulator.tests.step', { step: testCase.failure.step })}
                      {testCase.failure.line !== undefined && ` (${t('simulator.tests.line', { line: testCase.failure.line })})`}: {testCase.failure.message}
                    </div>
                    <details>
                      <summary>{t('simulator.tests.transcript')}</summary>
                      <pre>{testCase.failure.transcript.join('\n')}</pre>
                    </details>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
