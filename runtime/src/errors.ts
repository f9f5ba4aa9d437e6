/**
 * The one catalogue of Kefu's stable error codes (like Fastify's `FST_ERR_*`). Domain
 * code throws `KefuError`; only the edges (HTTP routes, tRPC, the CLI) map a code to a
 * status or an exit code. Codes never change meaning once released.
 */

export const ERROR_CATALOGUE = {
  KEFU_ERR_BAD_REQUEST: { status: 400, message: 'The request is not valid.' },
  KEFU_ERR_FLOW_INVALID: { status: 400, message: 'The flows or settings are not valid.' },
  KEFU_ERR_CONFIG_INVALID: { status: 500, message: 'The server configuration is not valid.' },
  KEFU_ERR_UNAUTHORIZED: { status: 401, message: 'A valid conversation token is required.' },
  KEFU_ERR_SESSION_REQUIRED: { status: 401, message: 'Log in to continue.' },
  KEFU_ERR_LOGIN_FAILED: { status: 401, message: 'Wrong user name or password.' },
  KEFU_ERR_TOTP_REQUIRED: { status: 401, message: 'Enter the code from your authenticator app.' },
  KEFU_ERR_TOTP_INVALID: { status: 401, message: 'The authenticator code is not valid.' },
  KEFU_ERR_PASSWORD_CHANGE_REQUIRED: { status: 403, message: 'Change your password to continue.' },
  KEFU_ERR_2FA_ENROLMENT_REQUIRED: { status: 403, message: 'Set up two-factor authentication to continue.' },
  KEFU_ERR_PASSWORD_POLICY: { status: 400, message: 'The password does not meet the password policy.' },
  KEFU_ERR_SETUP_DONE: { status: 409, message: 'Kefu already has users; log in instead.' },
  KEFU_ERR_USERNAME_TAKEN: { status: 409, message: 'That user name is taken.' },
  KEFU_ERR_LOGIN_RATE_LIMITED: { status: 429, message: 'Too many failed logins; try again later.' },
  KEFU_ERR_NOT_FOUND: { status: 404, message: 'Not found.' },
  KEFU_ERR_VERSION_NOT_FOUND: { status: 404, message: 'No such published version.' },
  KEFU_ERR_CONVERSATION_ENDED: { status: 409, message: 'The conversation has ended; start a new one.' },
  KEFU_ERR_DRAFT_CONFLICT: { status: 409, message: 'The draft was changed by someone else; reload it.' },
  KEFU_ERR_TURN_CONFLICT: { status: 409, message: 'The conversation is busy; retry the message.' },
  KEFU_ERR_PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  KEFU_ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Send the body as application/json.' },
  KEFU_ERR_NO_PUBLISHED_VERSION: { status: 503, message: 'No flow has been published yet.' },
  KEFU_ERR_NODE_FAILED: { status: 500, message: 'A flow node failed.' },
  KEFU_ERR_INTERNAL: { status: 500, message: 'Internal error.' },
  KEFU_ERR_RATE_LIMITED: { status: 429, message: 'Too many requests; try again later.' },
  KEFU_ERR_ORIGIN_FORBIDDEN: { status: 403, message: 'This origin may not open the chat socket.' },
  KEFU_ERR_URL_BLOCKED: { status: 400, message: 'The URL is not allowed.' },
  KEFU_ERR_HTTP_FAILED: { status: 502, message: 'The outside service did not answer properly.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type KefuErrorCode = keyof typeof ERROR_CATALOGUE;

export interface KefuErrorOptions {
  /** JSON Pointer to the offending place in the input, when there is one. */
  path?: string;
  /** Structured detail for the caller, e.g. the list of validation problems. */
  details?: unknown;
  cause?: unknown;
}

export class KefuError extends Error {
  readonly code: KefuErrorCode;
  /** The HTTP status an edge should use; domain code never sends it itself. */
  readonly statusHint: number;
  readonly path: string | undefined;
  readonly details: unknown;

  constructor(code: KefuErrorCode, message?: string, options: KefuErrorOptions = {}) {
    super(message ?? ERROR_CATALOGUE[code].message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KefuError';
    this.code = code;
    this.statusHint = ERROR_CATALOGUE[code].status;
    this.path = options.path;
    this.details = options.details;
  }

  /** Alias read by edges that look for a conventional `status` (the tRPC mapper does). */
  get status(): number {
    return this.statusHint;
  }
}

export function isKefuError(value: unknown): value is KefuError {
  return value instanceof KefuError;
}
