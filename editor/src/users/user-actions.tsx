import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { queryClient, trpc, type RouterOutputs } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { ConfirmDialog } from '../layout/confirm-dialog';
import type { MessageKey } from '../i18n/en';

export type UserRow = RouterOutputs['users']['list'][number];

type Action = 'reset' | 'endSessions' | 'disable' | 'enable';

const CONFIRM: Record<Action, { title: MessageKey; body: MessageKey; ok: MessageKey }> = {
  reset: { title: 'users.reset.title', body: 'users.reset.body', ok: 'users.reset.ok' },
  endSessions: { title: 'users.endSessions.title', body: 'users.endSessions.body', ok: 'users.endSessions.ok' },
  disable: { title: 'users.disable.title', body: 'users.disable.body', ok: 'users.disable.ok' },
  enable: { title: 'users.enable.title', body: 'users.enable.body', ok: 'users.enable.ok' },
};

interface UserActionsProps {
  user: UserRow;
  isSelf: boolean;
  onEdit(): void;
  onTemporaryPassword(password: string): void;
  onDone(message: string): void;
  onError(message: string): void;
}

/** The buttons of one user's row; everything that ends sessions or locks someone out asks first. */
export function UserActions({ user, isSelf, onEdit, onTemporaryPassword, onDone, onError }: UserActionsProps) {
  const { t } = useI18n();
  const [pending, setPending] = useState<Action | null>(null);
  const options = {
    onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() }),
    onError: (error: { message: string }) => {
      setPending(null);
      onError(error.message);
    },
  };
  const reset = useMutation(trpc.users.resetPassword.mutationOptions(options));
  const endSessions = useMutation(trpc.users.endSessions.mutationOptions(options));
  const disable = useMutation(trpc.users.disable.mutationOptions(options));
  const enable = useMutation(trpc.users.enable.mutationOptions(options));
  const busy = reset.isPending || endSessions.isPending || disable.isPending || enable.isPending;
  const name = user.username;

  const run = async (action: Action) => {
    const input = { id: user.id };
    if (action === 'reset') {
      const result = await reset.mutateAsync(input);
      onTemporaryPassword(result.temporaryPassword);
    } else if (action === 'endSessions') {
      await endSessions.mutateAsync(input);
      onDone(t('users.endSessions.done', { username: name }));
    } else if (action === 'disable') {
      await disable.mutateAsync(input);
      onDone(t('users.disable.done', { username: name }));
    } else {
      await enable.mutateAsync(input);
      onDone(t('users.enable.done', { username: name }));
    }
    setPending(null);
  };

  const disabled = user.disabled;
  return (
    <>
      <button type="button" className="button button--small" onClick={onEdit} data-testid={`user-edit-${name}`}>
        {t('users.edit')}
      </button>
      <button type="button" className="button button--small" onClick={() => setPending('reset')} data-testid={`user-reset-${name}`}>
        {t('users.reset')}
      </button>
      <button type="button" className="button button--small" onClick={() => setPending('endSessions')} data-testid={`user-end-sessions-${name}`}>
        {t('users.endSessions')}
      </button>
      {/* Disabling oneself would lock the last admin out. */}
      {!isSelf && (
        <button
          type="button"
          className={disabled ? 'button button--small' : 'button button--small button--danger-outline'}
          onClick={() => setPending(disabled ? 'enable' : 'disable')}
          data-testid={`user-${disabled ? 'enable' : 'disable'}-${name}`}
        >
          {disabled ? t('users.enable') : t('users.disable')}
        </button>
      )}
      {pending && (
        <ConfirmDialog
          title={t(CONFIRM[pending].title, { username: name })}
          body={t(CONFIRM[pending].body, { username: name })}
          confirmLabel={t(CONFIRM[pending].ok)}
          busy={busy}
          onConfirm={() => void run(pending).catch(() => undefined)}
          onCancel={() => setPending(null)}
        />
      )}
    </>
  );
}
