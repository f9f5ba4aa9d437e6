import { useI18n } from '../i18n/use-i18n';
import { Link } from '../routing/link';
import { flowHref } from '../routing/match-route';

export interface FlowTableRow {
  id: string;
  name: string;
  locale: string;
  nodeCount: number;
  description: string | null;
}

/** The flows of a published version; each row opens the flow on the canvas at `version`. */
export function FlowTable({ flows, version }: { flows: readonly FlowTableRow[]; version?: number }) {
  const { t } = useI18n();
  return (
    <table className="table" data-testid="flow-list">
      <thead>
        <tr>
          <th>{t('flows.col.name')}</th>
          <th>{t('flows.col.id')}</th>
          <th>{t('flows.col.locale')}</th>
          <th className="num">{t('flows.col.nodes')}</th>
        </tr>
      </thead>
      <tbody>
        {flows.map((flow) => (
          <tr key={flow.id} data-testid={`flow-row-${flow.id}`}>
            <td>
              <Link href={flowHref(flow.id, version)} className="strong-link">
                {flow.name}
              </Link>
              {flow.description && <div className="muted small">{flow.description}</div>}
            </td>
            <td>
              <code>{flow.id}</code>
            </td>
            <td>
              <span className="tag">{flow.locale}</span>
            </td>
            <td className="num">{flow.nodeCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
