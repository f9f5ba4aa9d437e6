import { formatProblem } from '@kefu/schemas';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { trpc } from '../api/trpc';
import { NodeIcon } from '../canvas/node-icon';
import { useI18n } from '../i18n/use-i18n';
import { focusField, SchemaForm, type FlowOption, type FormProblem } from '../schema-form';
import { renameNode, renameProblem, updateConfig, updateLabel } from './changes';
import { useFlowEditor } from './flow-editor-context';

/** The id field: typed freely, applied on Enter or when it loses focus, refused with a reason. */
function NodeIdField({ nodeId }: { nodeId: string }) {
  const { t } = useI18n();
  const { document: flow, apply, select } = useFlowEditor();
  const [text, setText] = useState(nodeId);
  useEffect(() => setText(nodeId), [nodeId]);
  const problem = text === nodeId ? null : renameProblem(flow, nodeId, text);
  function commit() {
    if (text === nodeId || problem !== null) return;
    apply(renameNode(nodeId, text));
    select([text]);
  }
  return (
    <label className="field">
      <span className="field__label">{t('editing.config.id')}</span>
      <input
        className="input"
        value={text}
        onChange={(event) => setText(event.target.value.trim())}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
        aria-invalid={problem !== null}
        data-testid="node-id-input"
      />
      {problem && <span className="field__error">{t(problem === 'taken' ? 'editing.config.idTaken' : 'editing.config.idInvalid')}</span>}
    </label>
  );
}

/** Flows a sub-flow field may name: the published ones and the drafts, each once. */
function useFlowOptions(): FlowOption[] {
  const listed = useQuery(trpc.flows.list.queryOptions());
  return useMemo(() => {
    const byId = new Map<string, FlowOption>();
    for (const flow of [...(listed.data?.flows ?? []), ...(listed.data?.drafts ?? [])]) if (!byId.has(flow.id)) byId.set(flow.id, { id: flow.id, name: flow.name });
    return [...byId.values()];
  }, [listed.data]);
}

/** The selected node: id, label, start node, and its config form generated from the type's schema. */
export function NodeConfigPanel({ nodeId }: { nodeId: string }) {
  const { locale, t } = useI18n();
  const { document: flow, catalog, problems, apply, focus, select } = useFlowEditor();
  const index = flow.nodes.findIndex((node) => node.id === nodeId);
  const node = flow.nodes[index];
  const entry = catalog.find((candidate) => candidate.type === node?.type);
  const pathPrefix = `/nodes/${index}/config`;
  const formProblems = useMemo<FormProblem[]>(
    () =>
      problems
        .filter((problem) => problem.path === pathPrefix || problem.path.startsWith(`${pathPrefix}/`))
        .map((problem) => ({ pointer: problem.path, message: formatProblem(problem, locale) })),
    [problems, pathPrefix, locale],
  );
  const variables = useMemo(() => flow.variables.map((variable) => variable.name), [flow.variables]);
  const flows = useFlowOptions();

  // A problem clicked in the problems panel opens its field.
  useEffect(() => {
    if (focus?.nodeId !== nodeId || !focus.field) return;
    const field = focus.field;
    const timer = window.setTimeout(() => focusField(field), 50);
    return () => window.clearTimeout(timer);
  }, [focus, nodeId]);

  if (!node) return null;
  return (
    <div className="node-config" data-testid="node-config-panel" data-node-id={node.id}>
      <h2 className="side-panel__title">
        <NodeIcon name={entry?.icon ?? 'unknown'} size={18} />
        <span className="side-panel__name">{entry ? entry.title[locale] : t('flow.unknownType', { type: node.type })}</span>
        <button type="button" className="icon-button" onClick={() => select([])} aria-label={t('flow.panel.close')} title={t('flow.panel.close')}>
          ×
        </button>
      </h2>
      {entry?.description && <p className="muted small">{entry.description[locale]}</p>}
      <NodeIdField nodeId={node.id} />
      <label className="field">
        <span className="field__label">{t('editing.config.label')}</span>
        <input
          className="input"
          value={node.label ?? ''}
          onChange={(event) => apply(updateLabel(node.id, event.target.value), { coalesceKey: `label:${node.id}` })}
          data-testid="node-label-input"
        />
      </label>
      {flow.startNodeId === node.id ? (
        <p className="muted small">{t('editing.config.isStart')}</p>
      ) : (
        <button type="button" className="button button--small" onClick={() => apply((document) => ({ ...document, startNodeId: node.id }))}>
          {t('editing.config.makeStart')}
        </button>
      )}
      <h3 className="side-panel__subtitle">{t('editing.config.settings')}</h3>
      <SchemaForm
        key={node.id}
        schema={entry?.configSchema ?? {}}
        value={node.config}
        onChange={(next) => apply(updateConfig(node.id, next as Record<string, unknown>), { coalesceKey: `config:${node.id}` })}
        problems={formProblems}
        variables={variables}
        locale={locale}
        pathPrefix={pathPrefix}
        flows={flows}
      />
    </div>
  );
}
