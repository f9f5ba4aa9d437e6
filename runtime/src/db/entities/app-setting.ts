import { EntitySchema } from '@mikro-orm/core';

/** Instance-wide settings edited in the console (not published with flows), by key. */
export interface AppSettingRow {
  key: string;
  value: unknown;
  updatedAt: Date;
}

export const AppSetting = new EntitySchema<AppSettingRow>({
  name: 'AppSetting',
  tableName: 'app_settings',
  properties: {
    key: { type: 'string', primary: true, length: 64 },
    value: { type: 'json' },
    updatedAt: { type: 'datetime' },
  },
});
