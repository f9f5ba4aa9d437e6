import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { queryClient, trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { Modal } from '../layout/modal';
import { QueryState } from '../layout/query-state';
import { useMe } from '../session/use-me';
import { TemporaryPasswordDialog } from '../users/temporary-password-dialog';
import { UserActions, type UserRow } from '../users/user-actions';
import { UserForm, type UserFormValues } from '../users/user-form';
import { SecuritySettingsCard } from '../users/security-settings-card';
import { UserStatus } from '../users/user-status';

type Editing = { mode: 'create' } | { mode: 'edit'; user: UserRow } | null;

/** Staff accounts: create (with a one-time temporary password), roles, skill groups, disable, reset, end sessions. */
export function UsersPage() {
  const { t } = useI18n();
  const { me, can } = useMe();
  const users = useQuery(trpc.users.list.queryOptions());
  const [editing, setEditing] = useState<Editing>(null);
  const [temporary, setTemporary] = useState<{ username: string; password: string } | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const refreshList = () => queryClient.invalidateQueries({ queryKey: trpc.users.pathKey() });

  const create = useMutation(
    trpc.users.create.mutationOptions({
      onSuccess: (result, input) => {
        setEditing(null);
        setNotice({ kind: 'success', text: t('users.created', { username: result.user.username }) });
        if (result.temporaryPassword) setTemporary({ username: input.username, password: result.temporaryPassword });
      },
      onSettled: refreshList,
    }),
  );
  const update = useMutation(
    trpc.users.update.mutationOptions({
      onSuccess: (_result, input) => {
        setEditing(null);
        const user = users.data?.find((candidate) => candidate.id === input.id);
        setNotice({ kind: 'success', text: t('users.updated', { username: user?.username ?? '' }) });
      },
      onSettled: refreshList,
    }),
  );

  const save = (values: UserFormValues) => {
    if (editing?.mode === 'edit') {
      update.mutate({ id: editing.user.id, displayName: values.displayName, roles: values.roles, skillGroups: values.skillGroups });
    } else {
      create.mutate({ username: values.username, displayName: values.displayName || values.username, roles: values.roles, skillGroups: values.skillGroups });
    }
  };
  const openForm = (next: Editing) => {
    create.reset();
    update.reset();
    setEditing(next);
  };

  if (!users.data) return <QueryState error={users.error} onRetry={() => void users.refetch()} />;
  return (
    <div className="page">
      <div className="page__head">
        <h1>{t('users.title')}</h1>
        <span className="page__head-spacer" />
        <button type="button" className="button button--primary" onClick={() => openForm({ mode: 'create' })} data-testid="users-new">
          {t('users.new')}
        </button>
      </div>
      <p className="muted">{t('users.intro')}</p>
      {notice && (
        <div className={`notice notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </div>
      )}
      <section className="card card--flush">
        <table className="table" data-testid="user-list">
          <thead>
            <tr>
              <th>{t('users.col.username')}</th>
              <th>{t('users.col.roles')}</th>
              <th>{t('users.col.skillGroups')}</th>
              <th>{t('users.col.status')}</th>
              <th className="actions">{t('users.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((user) => (
              <tr key={user.id} data-testid={`user-row-${user.username}`} className={user.disabled ? 'row--disabled' : undefined}>
                <td>
                  <strong>{user.displayName || user.username}</strong>
                  <div className="muted small">
                    <code>{user.username}</code>
                  </div>
                </td>
                <td>
                  {user.roles.map((role) => (
                    <span key={role} className={`role role--${role}`}>
                      {t(`role.${role}`)}
                    </span>
                  ))}
                </td>
                <td>{user.skillGroups.length ? user.skillGroups.map((group) => <span key={group} className="tag tag--space">{group}</span>) : <span className="muted">—</span>}</td>
                <td>
                  <UserStatus user={user} />
                </td>
                <td className="actions nowrap">
                  <UserActions
                    user={user}
                    isSelf={user.id === me.id}
                    onEdit={() => openForm({ mode: 'edit', user })}
                    onTemporaryPassword={(password) => setTemporary({ username: user.username, password })}
                    onDone={(text) => setNotice({ kind: 'success', text })}
                    onError={(message) => setNotice({ kind: 'error', text: t('common.error', { message }) })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {can('settings.manage') && <SecuritySettingsCard />}
      {editing && (
        <Modal title={editing.mode === 'edit' ? t('users.editTitle', { username: editing.user.username }) : t('users.new')} onClose={() => setEditing(null)} testId="user-dialog">
          <UserForm
            initial={editing.mode === 'edit' ? editing.user : undefined}
            busy={create.isPending || update.isPending}
            error={(create.error ?? update.error)?.message ?? null}
            submitLabel={editing.mode === 'edit' ? t('users.save') : t('users.create')}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        </Modal>
      )}
      {temporary && <TemporaryPasswordDialog {...temporary} onClose={() => setTemporary(null)} />}
    </div>
  );
}
