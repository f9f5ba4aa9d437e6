import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { TestContext } from 'vitest';

const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

/** Saves the README's screenshots (docs/screenshots/<name>.png) from the running product. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotsDir, { recursive: true });
  const path = join(screenshotsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** When the test fails, keeps what the browser showed in e2e/artifacts/ for the report. */
export function keepScreenshotOnFailure(context: TestContext, page: Page): void {
  context.onTestFailed(async () => {
    mkdirSync(artifactsDir, { recursive: true });
    const name = context.task.name.replace(/[^\w-]+/g, '-').slice(0, 80);
    await page.screenshot({ path: join(artifactsDir, `${name}.png`) }).catch(() => undefined);
  });
}
