import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useFlowEditor } from '../flow-editor/flow-editor-context';
import { useI18n } from '../i18n/use-i18n';
import { ProblemList } from '../publish/problem-list';
import { SimulatorMessageView } from './simulator-message';
import { useSimulator } from './use-simulator';
import { VariablesTable } from './variables-table';

/** The simulator's chat tab: talk to the draft, restart, fire a waiting node's timeout, see variables. */
export function SimulatorChat() {
  const { t } = useI18n();
  const editor = useFlowEditor();
  const simulator = useSimulator(editor.document, editor.highlight);
  const { log, busy } = simulator;
  const [text, setText] = useState('');
  const listRef = useRef<HTMLOListElement>(null);
  const last = log.last;
  const ended = last?.ended ?? false;
  const waiting = last !== null && !ended;

  // Opening the simulator starts a conversation; Restart starts another.
  const { start } = simulator;
  useEffect(() => start(), [start]);

  useEffect(() => {
    listRef.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [log.entries.length]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    if (!value || !waiting || busy) return;
    simulator.send({ text: value });
    setText('');
  };

  return (
    <div className="simulator__chat">
      <div className="simulator__toolbar">
        <button type="button" className="button button--small" data-testid="simulator-restart" onClick={simulator.start} disabled={busy}>
          {last ? t('simulator.restart') : t('simulator.start')}
        </button>
        {waiting && last.timeoutSeconds !== null && (
          <button type="button" className="button button--small" data-testid="simulator-timeout" onClick={() => simulator.send({ timeout: true })} disabled={busy}>
            {t('simulator.fireTimeout', { seconds: last.timeoutSeconds })}
          </button>
        )}
        {log.path.length > 0 && <span className="muted small">{t('simulator.path', { count: log.path.length })}</span>}
      </div>
      {simulator.error && (
        <div className="notice notice--error" role="alert">
          {simulator.problems.length > 0 ? t('simulator.invalid', { count: simulator.problems.length }) : simulator.error}
          <ProblemList problems={simulator.problems} onFocusNode={(id) => editor.focusNode(id)} />
        </div>
      )}
      {!last && !simulator.error && <p className="muted small">{t('simulator.intro')}</p>}
      <ol className="chat-log simulator__log" ref={listRef} aria-live="polite">
        {log.entries.map((entry, index) =>
          entry.from === 'customer' ? (
            <li key={index} className="chat-row chat-row--out" data-testid="simulator-customer-message">
              <div className="chat-bubble">
                <div className="chat-bubble__text">{entry.text}</div>
              </div>
            </li>
          ) : entry.from === 'note' ? (
            <li key={index} className="chat-row chat-row--system muted small">
              {t('simulator.ignored')}
            </li>
          ) : (
            <SimulatorMessageView
              key={index}
              message={entry.message}
              choicesActive={waiting && !busy && entry.turn === log.turn}
              onChoice={(choice) => simulator.send({ choiceId: choice.id, label: choice.label })}
            />
          ),
        )}
        {ended && <li className="chat-row chat-row--system chat-ended">{t('simulator.ended')}</li>}
      </ol>
      {waiting && last.activeNodeId && <p className="muted small">{t('simulator.activeNode', { node: last.activeNodeId })}</p>}
      <form className="chat-input" onSubmit={submit}>
        <input
          data-testid="simulator-input"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={t('simulator.placeholder')}
          disabled={!waiting}
          maxLength={4000}
          autoComplete="off"
        />
        <button type="submit" className="button button--primary" data-testid="simulator-send" disabled={!waiting || busy || !text.trim()}>
          {t('simulator.send')}
        </button>
      </form>
      <VariablesTable vars={last?.vars ?? {}} />
    </div>
  );
}
