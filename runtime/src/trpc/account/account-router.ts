import { router } from '../trpc.js';
import { changePassword } from './change-password.js';
import { me } from './me.js';
import { totpBegin } from './totp-begin.js';
import { totpConfirm } from './totp-confirm.js';
import { totpDisable } from './totp-disable.js';

/** My own account: every role holds `account.self`. */
export const accountRouter = router({ me, changePassword, totpBegin, totpConfirm, totpDisable });
