import type { Locale } from '@kefu/schemas';

let wanted: Locale = 'en';

/** Records the console's language when an editor is about to load (read by `loadMonacoLocale`). */
export function rememberMonacoLocale(locale: Locale): void {
  wanted = locale;
}

/**
 * Monaco's own strings (find widget, context menu, hovers) in the console's language.
 * They must be in place before Monaco's modules run, and Monaco reads them once, so
 * the language of the first editor opened in a page stays until the page reloads.
 */
export async function loadMonacoLocale(): Promise<void> {
  if (wanted === 'zh-CN') await import('monaco-editor/nls/lang/zh-cn.js');
}
