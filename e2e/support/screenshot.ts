import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';

const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

/** Saves the README's screenshots (docs/screenshots/<name>.png) from the running product. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}
