/**
 * The instance's security settings (`app_settings` key `security`), validated on the
 * way in and filled with defaults on the way out. Read on every session check, so they
 * are cached for a few seconds; a change made on this instance is seen at once.
 */
import { z } from 'zod';
import { ROLES } from '../auth/permissions.js';
import { AppSetting } from '../db/entities/app-setting.js';
import type { KefuOrm } from '../db/open-orm.js';
import { KefuError } from '../errors.js';
import { DEFAULT_SECURITY_SETTINGS, type SecuritySettings } from './account-types.js';

const KEY = 'security';
const CACHE_MS = 5_000;

/** The bounds of each setting; tRPC uses `.partial()` of it for updates. */
export const securitySettingsSchema = z.object({
  passwordMinLength: z.number().int().min(8).max(128),
  passwordExpiryDays: z.number().int().min(0).max(3650),
  require2faRoles: z.array(z.enum(ROLES)).max(ROLES.length),
  sessionIdleMinutes: z.number().int().min(1).max(24 * 60),
  sessionAbsoluteHours: z.number().int().min(1).max(30 * 24),
});

export class SecuritySettingsStore {
  readonly #orm: KefuOrm;
  #cached: { value: SecuritySettings; at: number } | null = null;

  constructor(orm: KefuOrm) {
    this.#orm = orm;
  }

  async get(): Promise<SecuritySettings> {
    if (this.#cached && Date.now() - this.#cached.at < CACHE_MS) return this.#cached.value;
    const row = await this.#orm.em.fork().findOne(AppSetting, { key: KEY });
    // Unknown or out-of-range stored values fall back to the defaults key by key.
    const stored = securitySettingsSchema.partial().safeParse(row?.value ?? {});
    const value: SecuritySettings = { ...DEFAULT_SECURITY_SETTINGS, ...(stored.success ? stripUndefined(stored.data) : {}) };
    this.#cached = { value, at: Date.now() };
    return value;
  }

  /** Applies `patch` (validated; errors carry the field's JSON Pointer) and returns before and after. */
  async update(patch: Partial<SecuritySettings>): Promise<{ before: SecuritySettings; after: SecuritySettings }> {
    const parsed = securitySettingsSchema.partial().strict().safeParse(patch);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new KefuError('KEFU_ERR_BAD_REQUEST', issue?.message ?? 'Invalid security settings.', {
        path: `/${(issue?.path ?? []).map(String).join('/')}`,
      });
    }
    this.#cached = null;
    const before = await this.get();
    const after: SecuritySettings = { ...before, ...stripUndefined(parsed.data) };
    after.require2faRoles = [...new Set(after.require2faRoles)];
    await this.#orm.em.fork().upsert(AppSetting, { key: KEY, value: after, updatedAt: new Date() });
    this.#cached = { value: after, at: Date.now() };
    return { before, after };
  }
}

function stripUndefined<T extends object>(value: T): Partial<SecuritySettings> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<SecuritySettings>;
}
