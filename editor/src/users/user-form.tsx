import { useState, type FormEvent } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { FormField } from '../layout/form-field';
import { ROLES, type Role } from '../session/roles';
import { parseSkillGroups } from './parse-skill-groups';

export interface UserFormValues {
  username: string;
  displayName: string;
  roles: Role[];
  skillGroups: string[];
}

interface UserFormProps {
  /** Absent when creating; the user name cannot change afterwards. */
  initial?: UserFormValues;
  busy: boolean;
  error: string | null;
  submitLabel: string;
  onSubmit(values: UserFormValues): void;
  onCancel(): void;
}

/** Name, display name, roles and skill groups of a staff account (create and edit). */
export function UserForm({ initial, busy, error, submitLabel, onSubmit, onCancel }: UserFormProps) {
  const { t } = useI18n();
  const [username, setUsername] = useState(initial?.username ?? '');
  const [displayName, setDisplayName] = useState(initial?.displayName ?? '');
  const [roles, setRoles] = useState<Role[]>(initial?.roles ?? ['agent']);
  const [skillGroups, setSkillGroups] = useState((initial?.skillGroups ?? []).join(', '));
  const [noRole, setNoRole] = useState(false);

  const toggle = (role: Role, on: boolean) =>
    setRoles((current) => (on ? ROLES.filter((candidate) => candidate === role || current.includes(candidate)) : current.filter((r) => r !== role)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNoRole(roles.length === 0);
    if (roles.length === 0) return;
    onSubmit({ username: username.trim(), displayName: displayName.trim(), roles, skillGroups: parseSkillGroups(skillGroups) });
  };

  return (
    <form className="form" onSubmit={submit}>
      {(error || noRole) && (
        <div className="notice notice--error" role="alert" data-testid="user-form-error">
          {noRole ? t('users.form.noRole') : error}
        </div>
      )}
      <FormField
        label={t('users.col.username')}
        testId="user-form-username"
        autoCapitalize="none"
        spellCheck={false}
        required
        disabled={initial !== undefined}
        value={username}
        onChange={(event) => setUsername(event.target.value)}
      />
      <FormField
        label={t('users.col.displayName')}
        testId="user-form-display-name"
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
      />
      <fieldset className="field checkboxes">
        <legend className="field__label">{t('users.col.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role} className="checkbox">
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) => toggle(role, event.target.checked)}
              data-testid={`user-form-role-${role}`}
            />
            <span>
              <strong>{t(`role.${role}`)}</strong>
              <span className="muted small"> — {t(`role.${role}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <FormField
        label={t('users.col.skillGroups')}
        hint={t('users.form.skillGroupsHint')}
        testId="user-form-skill-groups"
        value={skillGroups}
        onChange={(event) => setSkillGroups(event.target.value)}
      />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy} data-testid="user-form-submit">
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
