/** The audit page's filter as typed in the form: free text and calendar days. */
export interface AuditFilterForm {
  actor: string;
  action: string;
  targetType: string;
  /** yyyy-mm-dd, the viewer's calendar day, or empty. */
  fromDay: string;
  toDay: string;
}

export const EMPTY_AUDIT_FILTER: AuditFilterForm = { actor: '', action: '', targetType: '', fromDay: '', toDay: '' };

export interface AuditFilterInput {
  actor?: string;
  action?: string;
  targetType?: string;
  from?: string;
  to?: string;
}

function localDay(day: string, endOfDay: boolean): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  // The viewer means their own calendar day; the server stores UTC.
  const at = endOfDay ? new Date(year, month - 1, date + 1) : new Date(year, month - 1, date);
  return new Date(at.getTime() - (endOfDay ? 1 : 0)).toISOString();
}

/** The API filter: empty fields left out, days turned into the UTC instants that bound them. */
export function toAuditFilterInput(form: AuditFilterForm): AuditFilterInput {
  const input: AuditFilterInput = {};
  if (form.actor.trim()) input.actor = form.actor.trim();
  if (form.action.trim()) input.action = form.action.trim();
  if (form.targetType.trim()) input.targetType = form.targetType.trim();
  const from = localDay(form.fromDay, false);
  const to = localDay(form.toDay, true);
  if (from) input.from = from;
  if (to) input.to = to;
  return input;
}
