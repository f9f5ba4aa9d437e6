import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { categoryOptions } from './category-options';
import type { ArticleListFilter } from './kb-api';

export type ArticleFilter = Pick<ArticleListFilter, 'text' | 'category' | 'tag' | 'status'>;

interface ArticleFiltersProps {
  kb: string;
  filter: ArticleFilter;
  onChange(filter: ArticleFilter): void;
}

/** Search text (on submit), category from the tree, tag and status (at once). */
export function ArticleFilters({ kb, filter, onChange }: ArticleFiltersProps) {
  const { t } = useI18n();
  const categories = useQuery(trpc.kb.categories.queryOptions({ kb }));
  const [text, setText] = useState(filter.text ?? '');
  const [tag, setTag] = useState(filter.tag ?? '');
  const options = categoryOptions(categories.data ?? []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filter, text: text.trim() || undefined, tag: tag.trim() || undefined });
  };
  return (
    <form className="filters" onSubmit={submit} data-testid="kb-article-filters">
      <label className="filters__field kb__search">
        <span>{t('kb.filter.text')}</span>
        <input className="input" type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={t('kb.filter.textHint')} data-testid="kb-article-search" />
      </label>
      <label className="filters__field">
        <span>{t('kb.field.category')}</span>
        <select
          className="input"
          value={filter.category?.join(' / ') ?? ''}
          onChange={(event) => onChange({ ...filter, category: options.find((option) => option.value === event.target.value)?.path })}
          data-testid="kb-filter-category"
        >
          <option value="">{t('kb.filter.all')}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {'\u00a0\u00a0'.repeat(option.depth)}
              {option.name} ({option.count})
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field">
        <span>{t('kb.field.tag')}</span>
        <input className="input" value={tag} onChange={(event) => setTag(event.target.value)} data-testid="kb-filter-tag" />
      </label>
      <label className="filters__field">
        <span>{t('kb.field.status')}</span>
        <select
          className="input"
          value={filter.status ?? ''}
          onChange={(event) => onChange({ ...filter, status: event.target.value === 'draft' || event.target.value === 'published' ? event.target.value : undefined })}
          data-testid="kb-filter-status"
        >
          <option value="">{t('kb.filter.all')}</option>
          <option value="published">{t('kb.status.published')}</option>
          <option value="draft">{t('kb.status.draft')}</option>
        </select>
      </label>
      <div className="filters__actions">
        <button type="submit" className="button button--primary" data-testid="kb-filter-apply">
          {t('kb.filter.apply')}
        </button>
      </div>
    </form>
  );
}
