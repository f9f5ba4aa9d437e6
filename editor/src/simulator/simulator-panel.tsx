import { useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { SimulatorChat } from './simulator-chat';
import { SimulatorTests } from './simulator-tests';
import '../chat/chat.css';
import './simulator.css';

/** The editor's side panel for trying the draft: a chat with it, and its conversation tests. */
export function SimulatorPanel({ onClose }: { onClose?(): void }) {
  const { t } = useI18n();
  const [tab, setTab] = useState<'chat' | 'tests'>('chat');
  return (
    <aside className="simulator" data-testid="simulator-panel" aria-label={t('simulator.title')}>
      <div className="simulator__head">
        <h2 className="simulator__title">{t('simulator.title')}</h2>
        <div className="simulator__tabs" role="tablist">
          {(['chat', 'tests'] as const).map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              className={tab === name ? 'simulator__tab simulator__tab--active' : 'simulator__tab'}
              data-testid={`simulator-tab-${name}`}
              onClick={() => setTab(name)}
            >
              {t(name === 'chat' ? 'simulator.tab.chat' : 'simulator.tab.tests')}
            </button>
          ))}
        </div>
        {onClose && (
          <button type="button" className="button button--small" onClick={onClose} aria-label={t('flow.panel.close')}>
            ×
          </button>
        )}
      </div>
      {/* The chat stays mounted while the tests tab is open, so its conversation survives. */}
      <div hidden={tab !== 'chat'}>
        <SimulatorChat />
      </div>
      {tab === 'tests' && <SimulatorTests />}
    </aside>
  );
}
