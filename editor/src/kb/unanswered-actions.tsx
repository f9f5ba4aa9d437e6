import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { ArticlePicker } from './article-picker';
import { CreateArticleDialog } from './create-article-dialog';
import { describeKbError } from './describe-kb-error';
import type { UnansweredGroupRow, UnansweredResolution } from './kb-api';

type Dialog = 'add-similar' | 'create-article' | null;

interface UnansweredActionsProps {
  kb: string;
  group: UnansweredGroupRow;
  onDone(message: string): void;
}

/** Resolve a group: its questions become similar questions of an article or a new article, or it is dismissed or parked. */
export function UnansweredActions({ kb, group, onDone }: UnansweredActionsProps) {
  const { t } = useI18n();
  const [dialog, setDialog] = useState<Dialog>(null);
  const resolve = useMutation(
    trpc.kb.unanswered.resolve.mutationOptions({
      onSuccess: async (_group, input) => {
        setDialog(null);
        onDone(t(`kb.unanswered.done.${input.resolution.action}`, { question: group.representative }));
        await queryClient.invalidateQueries({ queryKey: trpc.kb.pathKey() });
      },
    }),
  );
  const submit = (resolution: UnansweredResolution) => resolve.mutate({ kb, groupId: group.id, resolution });
  const error = resolve.error ? describeKbError(resolve.error).text : null;
  const open = (next: Dialog) => {
    resolve.reset();
    setDialog(next);
  };
  const questions = group.questions.map((question) => question.question);
  return (
    <div className="kb-unanswered__actions">
      <button type="button" className="button button--small" disabled={resolve.isPending} onClick={() => open('add-similar')} data-testid={`kb-unanswered-add-similar-${group.id}`}>
        {t('kb.unanswered.addSimilar')}
      </button>
      <button type="button" className="button button--small" disabled={resolve.isPending} onClick={() => open('create-article')} data-testid={`kb-unanswered-create-${group.id}`}>
        {t('kb.unanswered.createArticle')}
      </button>
      {group.status === 'new' && (
        <button type="button" className="button button--small" disabled={resolve.isPending} onClick={() => submit({ action: 'pending' })} data-testid={`kb-unanswered-pending-${group.id}`}>
          {t('kb.unanswered.markPending')}
        </button>
      )}
      <button type="button" className="button button--small" disabled={resolve.isPending} onClick={() => submit({ action: 'dismiss' })} data-testid={`kb-unanswered-dismiss-${group.id}`}>
        {t('kb.unanswered.dismiss')}
      </button>
      {error && dialog === null && (
        <div className="notice notice--error" role="alert">
          {error}
        </div>
      )}
      {dialog === 'add-similar' && (
        <ArticlePicker
          kb={kb}
          title={t('kb.unanswered.addSimilarTitle', { count: group.count })}
          initialQuery={group.representative}
          busy={resolve.isPending}
          error={error}
          onPick={(article) => submit({ action: 'add-similar', articleId: article.id })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'create-article' && (
        <CreateArticleDialog
          question={group.representative}
          similar={questions.filter((question) => question !== group.representative)}
          busy={resolve.isPending}
          error={error}
          onSubmit={(article) => submit({ action: 'create-article', article })}
          onClose={() => setDialog(null)}
        />
      )}
    </div>
  );
}
