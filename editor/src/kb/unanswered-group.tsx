import { Fragment, useState } from 'react';
import { useI18n } from '../i18n/use-i18n';
import type { UnansweredGroupRow } from './kb-api';
import { UnansweredActions } from './unanswered-actions';

const STATUS_BADGE: Record<UnansweredGroupRow['status'], string> = {
  new: 'badge--warning',
  pending: 'badge--draft',
  applied: 'badge--current',
  dismissed: '',
};

interface UnansweredGroupProps {
  kb: string;
  group: UnansweredGroupRow;
  canEdit: boolean;
  onDone(message: string): void;
}

/** One group of similar unanswered questions; open it to read each question in its conversation. */
export function UnansweredGroup({ kb, group, canEdit, onDone }: UnansweredGroupProps) {
  const { t, formatDateTime } = useI18n();
  const [open, setOpen] = useState(false);
  const resolvable = canEdit && (group.status === 'new' || group.status === 'pending');
  return (
    <Fragment>
      <tr data-testid={`kb-unanswered-group-${group.id}`}>
        <td className="num">
          <strong>{group.count}</strong>
        </td>
        <td>
          <button type="button" className="link-button kb-unanswered__toggle" onClick={() => setOpen(!open)} aria-expanded={open} data-testid={`kb-unanswered-toggle-${group.id}`}>
            {open ? '▾' : '▸'} {group.representative}
          </button>
        </td>
        <td>
          <span className={`badge ${STATUS_BADGE[group.status]}`}>{t(`kb.unanswered.status.${group.status}`)}</span>
        </td>
        <td className="nowrap small">
          <time dateTime={group.lastSeenAt}>{formatDateTime(group.lastSeenAt)}</time>
        </td>
        <td className="actions">{resolvable && <UnansweredActions kb={kb} group={group} onDone={onDone} />}</td>
      </tr>
      {open && (
        <tr className="row--detail">
          <td colSpan={5}>
            <ul className="plain-list kb-unanswered__questions">
              {group.questions.map((question) => (
                <li key={question.id} className="kb-unanswered__question">
                  <div className="kb-unanswered__context">
                    {question.context.map((message, index) => (
                      <div key={index} className={`kb-context kb-context--${message.from}`}>
                        <span className="muted small">{t(`kb.unanswered.from.${message.from}`)}</span> {message.text}
                      </div>
                    ))}
                    <div className="kb-context kb-context--customer kb-context--asked">
                      <span className="muted small">{t('kb.unanswered.from.customer')}</span> <strong>{question.question}</strong>
                    </div>
                  </div>
                  <div className="muted small">
                    {t(`kb.unanswered.reason.${question.reason}`)} · <time dateTime={question.createdAt}>{formatDateTime(question.createdAt)}</time>
                  </div>
                </li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </Fragment>
  );
}
