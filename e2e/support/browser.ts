import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, headless, with everything that would reach the network switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.KEFU_E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh page (own storage) with the browser language set, at a screenshot-friendly size. */
export async function newPage(browser: Browser, locale: 'en-US' | 'zh-CN' = 'en-US'): Promise<Page> {
  const context = await browser.newContext({ locale, viewport: { width: 1360, height: 820 }, deviceScaleFactor: 1 });
  return context.newPage();
}
