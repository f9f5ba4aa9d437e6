import { EntitySchema } from '@mikro-orm/core';

/**
 * A console login. The primary key is the SHA-256 of the cookie token, so a copy of
 * the database does not hand out live sessions.
 */
export interface SessionRow {
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** Absolute end, fixed at login. */
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  revokedAt: Date | null;
  revokedReason: string | null;
}

export const Session = new EntitySchema<SessionRow>({
  name: 'Session',
  tableName: 'sessions',
  properties: {
    id: { type: 'string', primary: true, length: 64 },
    userId: { type: 'uuid' },
    createdAt: { type: 'datetime' },
    lastSeenAt: { type: 'datetime' },
    expiresAt: { type: 'datetime' },
    ip: { type: 'string', length: 64, nullable: true },
    userAgent: { type: 'string', length: 400, nullable: true },
    revokedAt: { type: 'datetime', nullable: true },
    revokedReason: { type: 'string', length: 32, nullable: true },
  },
});
