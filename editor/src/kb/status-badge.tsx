import { useI18n } from '../i18n/use-i18n';
import type { ArticleStatus } from './article-form';

export function StatusBadge({ status }: { status: ArticleStatus }) {
  const { t } = useI18n();
  return <span className={status === 'published' ? 'badge badge--current' : 'badge badge--draft'}>{t(`kb.status.${status}`)}</span>;
}
