import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { TestContext } from 'vitest';

const screenshotsDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const artifactsDir = fileURLToPath(new URL('../artifacts/', import.meta.url));

/**
 * Takes the README's screenshots from the running product. They go to e2e/artifacts/ so a
 * test run leaves the work tree clean; `KEFU_UPDATE_SCREENSHOTS=1 npm test` refreshes
 * docs/screenshots/<name>.png instead.
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.KEFU_UPDATE_SCREENSHOTS === '1' ? screenshotsDir : artifactsDir;
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
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
