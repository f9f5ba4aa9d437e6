import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { NodeIcon } from './node-icon';
import { INPUT_HANDLE, type KefuFlowNode } from './to-react-flow';

/**
 * One node on the canvas: type title and icon, a summary line, a problem badge, one
 * labelled handle per port. Handles connect only where the canvas allows it (the editor).
 */
export const KefuNode = memo(function KefuNode({ id, data, selected, isConnectable }: NodeProps<KefuFlowNode>) {
  const { locale, t } = useI18n();
  const typeTitle = data.title ? data.title[locale] : t('flow.unknownType', { type: data.nodeType });
  const classes = ['kefu-node', `kefu-node--${data.category ?? 'unknown'}`];
  if (selected) classes.push('kefu-node--selected');
  if (data.highlight) classes.push(`kefu-node--${data.highlight}`);
  const problems = data.problemCount ?? 0;
  return (
    <div className={classes.join(' ')} data-testid={`node-${id}`} data-node-type={data.nodeType}>
      {data.hasInput && <Handle type="target" position={Position.Left} id={INPUT_HANDLE} isConnectable={isConnectable} />}
      <div className="kefu-node__header">
        <span className="kefu-node__icon">
          <NodeIcon name={data.icon} />
        </span>
        <span className="kefu-node__type">{typeTitle}</span>
        {data.isStart && <span className="kefu-node__badge">{t('flow.start')}</span>}
        {problems > 0 && (
          <span className="kefu-node__problems" data-testid={`node-problems-${id}`} title={t('editing.problems.count', { count: problems })}>
            {problems}
          </span>
        )}
      </div>
      <div className="kefu-node__body">
        {data.label && <div className="kefu-node__label">{data.label}</div>}
        <div className="kefu-node__summary">{data.summary || t('flow.noSummary')}</div>
        <div className="kefu-node__id">{id}</div>
      </div>
      {data.ports.length > 0 && (
        <ul className="kefu-node__ports">
          {data.ports.map((port) => (
            <li key={port.name} className={port.unknown ? 'kefu-port kefu-port--unknown' : 'kefu-port'}>
              <span className="kefu-port__label">{port.title ? port.title[locale] : port.name}</span>
              <Handle
                type="source"
                position={Position.Right}
                id={port.name}
                isConnectable={isConnectable}
                className={`kefu-port__handle kefu-port__handle--${port.name === 'error' ? 'error' : 'normal'}`}
                data-testid={`node-port-${id}-${port.name}`}
                title={port.name}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
