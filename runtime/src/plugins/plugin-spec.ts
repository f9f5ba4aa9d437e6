import { isAbsolute } from 'node:path';

/** An npm package name (`kefu-crm`, `@acme/kefu-crm`); anything else in KEFU_PLUGINS is a folder path. */
const PACKAGE_NAME = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

/** Whether a KEFU_PLUGINS entry names a folder (`./crm`, `plugins/crm`, `/opt/crm`) rather than a package. */
export function isPluginPath(spec: string): boolean {
  return isAbsolute(spec) || spec.startsWith('.') || !PACKAGE_NAME.test(spec);
}
