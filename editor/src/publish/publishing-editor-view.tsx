import { useState } from 'react';
import { FlowEditorView } from '../flow-editor';
import { useI18n } from '../i18n/use-i18n';
import { SimulatorPanel } from '../simulator';
import { PublishButton } from './publish-button';

/** The flow editor with this area's controls in its slots: the simulator toggle and panel, and Publish. */
export function PublishingEditorView() {
  const { t } = useI18n();
  const [simulating, setSimulating] = useState(false);
  const toolbar = (
    <>
      <button
        type="button"
        className={simulating ? 'button button--small button--active' : 'button button--small'}
        aria-pressed={simulating}
        data-testid="simulator-open"
        onClick={() => setSimulating((open) => !open)}
      >
        {t('simulator.title')}
      </button>
      <PublishButton />
    </>
  );
  const side = simulating ? <SimulatorPanel onClose={() => setSimulating(false)} /> : null;
  return <FlowEditorView slots={{ toolbar, side }} />;
}
