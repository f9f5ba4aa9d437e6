import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { trpc } from '../api/trpc';
import { useI18n } from '../i18n/use-i18n';
import { FormField } from '../layout/form-field';

/**
 * Two-factor enrolment: the server makes a secret and its QR code, the user scans it
 * with an authenticator app and proves it works with one code. Nothing is switched on
 * until that code is confirmed.
 */
export function TotpEnrolment({ onEnrolled }: { onEnrolled(): void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const begin = useMutation(trpc.account.totpBegin.mutationOptions());
  const confirm = useMutation(trpc.account.totpConfirm.mutationOptions({ onSuccess: onEnrolled }));

  if (!begin.data) {
    return (
      <div className="stack">
        <p className="muted">{t('totp.intro')}</p>
        {begin.error && (
          <div className="notice notice--error" role="alert">
            {t('common.error', { message: begin.error.message })}
          </div>
        )}
        <div>
          <button type="button" className="button button--primary" disabled={begin.isPending} onClick={() => begin.mutate()} data-testid="totp-begin">
            {t('totp.begin')}
          </button>
        </div>
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate({ code: code.replace(/\s+/g, '') });
  };
  // The QR code is an SVG document the server rendered; as an <img> it cannot run anything.
  const qrSource = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(begin.data.qrSvg)}`;
  return (
    <div className="totp">
      <img className="totp__qr" src={qrSource} alt={t('totp.qrAlt')} data-testid="totp-qr" width={184} height={184} />
      <form className="form totp__form" onSubmit={submit}>
        <ol className="totp__steps">
          <li>{t('totp.step.scan')}</li>
          <li>
            {t('totp.step.manual')} <code className="totp__secret" data-testid="totp-secret">{begin.data.secret}</code>
          </li>
          <li>{t('totp.step.code')}</li>
        </ol>
        {confirm.error && (
          <div className="notice notice--error" role="alert" data-testid="totp-error">
            {t('totp.invalid')}
          </div>
        )}
        <FormField
          label={t('totp.code')}
          testId="totp-code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]{6,8}"
          required
          value={code}
          onChange={(event) => setCode(event.target.value)}
        />
        <div>
          <button type="submit" className="button button--primary" disabled={confirm.isPending} data-testid="totp-confirm">
            {t('totp.confirm')}
          </button>
        </div>
      </form>
    </div>
  );
}
