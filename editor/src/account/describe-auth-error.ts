import { AuthError } from '../api/auth-api';
import type { MessageKey } from '../i18n/en';
import type { TranslateParams } from '../i18n/translate';

type Translate = (key: MessageKey, params?: TranslateParams) => string;

/**
 * What to tell a person whose sign-in was refused. Unknown user and wrong password get
 * the same words on purpose: the server does not say which it was, neither do we.
 */
export function describeAuthError(error: unknown, t: Translate): string {
  if (!(error instanceof AuthError)) return t('login.error.network');
  if (error.status === 429) {
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60));
    return t('login.error.rateLimited', { minutes });
  }
  switch (error.code) {
    case 'KEFU_ERR_LOGIN_FAILED':
      return t('login.error.failed');
    case 'KEFU_ERR_TOTP_REQUIRED':
      return t('login.error.totpRequired');
    case 'KEFU_ERR_TOTP_INVALID':
      return t('login.error.totpInvalid');
    default:
      return t('common.error', { message: error.message });
  }
}
