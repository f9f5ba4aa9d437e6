import { procedure } from '../trpc.js';
import { actorOf } from './actor-of.js';

/** A new authenticator secret with its QR code; 2FA is on only after `totpConfirm`. */
export const totpBegin = procedure('account.self').mutation(({ ctx }) => ctx.app.accounts.totpBegin(ctx.principal.id, actorOf(ctx)));
