import type { Browser, Page } from 'playwright-core';
import { inject } from 'vitest';
import { LoginPage } from '../pages/login-page.js';
import { newPage } from './browser.js';

/** A fresh browser context signed in as the suite's admin (made with the CLI in the global setup). */
export async function signedInPage(browser: Browser, locale: 'en-US' | 'zh-CN' = 'en-US'): Promise<Page> {
  const page = await newPage(browser, locale);
  await new LoginPage(page, inject('baseUrl')).signIn(inject('adminUsername'), inject('adminPassword'));
  return page;
}
