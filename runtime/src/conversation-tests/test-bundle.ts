import { DEFAULT_SETTINGS, validateBundle, type BundleDocument, type BundleSettings, type FlowDocument, type Locale, type NodeCatalogEntry } from '@kefu/schemas';
import { catalogVersions } from '../nodes/catalog-versions.js';
import type { ConversationTestFile } from './conversation-test-file.js';

export type TestBundle = { ok: true; bundle: BundleDocument; locale: Locale } | { ok: false; problems: string[] };

/**
 * The bundle a test file runs against, and the locale it speaks:
 * - with `flows`, a bundle made of those flows (validated like a publish) and the
 *   `settings` file or the defaults; the conversation starts in `startFlow`, else the
 *   settings' entry flow when a settings file is given, else the first listed flow;
 * - without, the published bundle (started in `startFlow` when given).
 */
export function testBundle(file: ConversationTestFile, catalog: NodeCatalogEntry[], published: BundleDocument | null): TestBundle {
  let bundle: BundleDocument;
  if (file.flows) {
    const flows = file.flows.map((f) => f.document);
    const first = flows[0] as Partial<FlowDocument> | undefined;
    const locale = file.locale ?? first?.locale ?? 'en';
    const settings = (file.settings?.document as BundleSettings | undefined) ?? {
      ...DEFAULT_SETTINGS,
      defaultLocale: locale,
      entryFlows: { [locale]: file.startFlow ?? first?.id ?? '' },
    };
    const result = validateBundle({ flows, settings }, catalog);
    if (!result.ok) {
      const where = (path: string) => {
        const match = /^\/flows\/(\d+)(.*)$/.exec(path);
        const source = match ? file.flows?.[Number(match[1])]?.path : undefined;
        if (source) return `${source}: ${match?.[2] || '/'}`;
        return path.startsWith('/settings') && file.settings ? `${file.settings.path}: ${path.slice('/settings'.length) || '/'}` : `${file.path}: ${path || '/'}`;
      };
      return { ok: false, problems: result.problems.filter((p) => p.severity === 'error').map((p) => `${where(p.path)}: ${p.message}`) };
    }
    bundle = { flows: flows as FlowDocument[], settings, catalog: catalogVersions(catalog) };
  } else if (published) {
    bundle = published;
  } else {
    return { ok: false, problems: [`${file.path}: no flows listed and no published version to run against`] };
  }
  const locale = file.locale ?? bundle.settings.defaultLocale;
  if (file.startFlow) {
    if (!bundle.flows.some((f) => f.id === file.startFlow)) {
      return { ok: false, problems: [`${file.path}: /startFlow: no flow '${file.startFlow}' in the bundle`] };
    }
    bundle = { ...bundle, settings: { ...bundle.settings, entryFlows: { ...bundle.settings.entryFlows, [locale]: file.startFlow } } };
  }
  return { ok: true, bundle, locale };
}
