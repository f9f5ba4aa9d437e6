import { useI18n } from '../i18n/use-i18n';
import { freshVariableName, setVariables, updateFlowInfo, type VariableDeclaration } from './changes';
import { useFlowEditor } from './flow-editor-context';

const TYPES: readonly VariableDeclaration['type'][] = ['string', 'number', 'boolean', 'any'];

/** The default typed into the row, as the declaration stores it (absent when empty). */
function parseDefault(type: VariableDeclaration['type'], text: string): VariableDeclaration['default'] | undefined {
  if (text === '') return undefined;
  if (type === 'number') return Number.isFinite(Number(text)) ? Number(text) : undefined;
  if (type === 'boolean') return text === 'true';
  return text;
}

function withDefault(variable: VariableDeclaration, value: VariableDeclaration['default'] | undefined): VariableDeclaration {
  const { default: _old, ...rest } = variable;
  return value === undefined ? rest : { ...rest, default: value };
}

/** One declared variable: name, type, default, remove. */
function VariableRow({ index }: { index: number }) {
  const { t } = useI18n();
  const { document: flow, apply } = useFlowEditor();
  const variable = flow.variables[index];
  if (!variable) return null;
  const update = (next: VariableDeclaration) =>
    apply(setVariables(flow.variables.map((existing, at) => (at === index ? next : existing))), { coalesceKey: `variable:${index}` });
  const shown = variable.default === undefined || variable.default === null ? '' : String(variable.default);
  return (
    <li className="variable-row" data-testid={`variable-${index}`}>
      <input className="input" value={variable.name} onChange={(event) => update({ ...variable, name: event.target.value.trim() })} aria-label={t('editing.flow.variableName')} />
      <select
        className="input"
        value={variable.type}
        onChange={(event) => update(withDefault({ ...variable, type: event.target.value as VariableDeclaration['type'] }, undefined))}
        aria-label={t('editing.flow.variableType')}
      >
        {TYPES.map((type) => (
          <option key={type} value={type}>
            {type}
          </option>
        ))}
      </select>
      {variable.type === 'boolean' ? (
        <select className="input" value={shown} onChange={(event) => update(withDefault(variable, parseDefault('boolean', event.target.value)))} aria-label={t('editing.flow.variableDefault')}>
          <option value="">—</option>
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      ) : (
        <input
          className="input"
          type={variable.type === 'number' ? 'number' : 'text'}
          value={shown}
          placeholder={t('editing.flow.variableDefault')}
          onChange={(event) => update(withDefault(variable, parseDefault(variable.type, event.target.value)))}
          aria-label={t('editing.flow.variableDefault')}
        />
      )}
      <button
        type="button"
        className="icon-button"
        onClick={() => apply(setVariables(flow.variables.filter((_, at) => at !== index)))}
        aria-label={t('editing.flow.removeVariable')}
        title={t('editing.flow.removeVariable')}
      >
        ×
      </button>
    </li>
  );
}

/** With no node selected: the flow's name, description and declared variables. */
export function FlowSettingsPanel() {
  const { t } = useI18n();
  const { document: flow, apply } = useFlowEditor();
  return (
    <div className="flow-settings" data-testid="flow-settings">
      <p className="muted small">{t('editing.config.hint')}</p>
      <label className="field">
        <span className="field__label">{t('editing.flow.name')}</span>
        <input className="input" value={flow.name} onChange={(event) => apply(updateFlowInfo({ name: event.target.value }), { coalesceKey: 'flow:name' })} data-testid="flow-name" />
      </label>
      <label className="field">
        <span className="field__label">{t('editing.flow.description')}</span>
        <textarea
          className="input"
          rows={3}
          value={flow.description ?? ''}
          onChange={(event) => apply(updateFlowInfo({ description: event.target.value }), { coalesceKey: 'flow:description' })}
          data-testid="flow-description"
        />
      </label>
      <h3 className="side-panel__subtitle">{t('editing.flow.variables')}</h3>
      <p className="muted small">{t('editing.flow.variablesHint')}</p>
      <ul className="plain-list variable-list">
        {flow.variables.map((variable, index) => (
          <VariableRow key={index} index={index} />
        ))}
      </ul>
      <button
        type="button"
        className="button button--small"
        onClick={() => apply(setVariables([...flow.variables, { name: freshVariableName(flow.variables), type: 'string' }]))}
        data-testid="variable-add"
      >
        {t('editing.flow.addVariable')}
      </button>
    </div>
  );
}
