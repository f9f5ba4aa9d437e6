import type { BundleSettings, FlowDocument, Locale } from '@kefu/schemas';

/**
 * Completes `settings.entryFlows` so a bundle can always start conversations: every
 * locale that has flows gets its first flow as entry unless one is named. Settings the
 * publisher gave explicitly are only completed, never corrected (a wrong entry flow is
 * then reported by validation); carried-over or default settings are also corrected
 * when they point at flows the new bundle no longer has.
 */
export function withEntryFlows(settings: BundleSettings, flows: readonly FlowDocument[], explicit: boolean): BundleSettings {
  const ids = new Set(flows.map((flow) => flow.id));
  const entryFlows: Partial<Record<Locale, string>> = {};
  for (const [locale, flowId] of Object.entries(settings.entryFlows) as [Locale, string][]) {
    if (explicit || ids.has(flowId)) entryFlows[locale] = flowId;
  }
  for (const flow of flows) {
    const locale = flow.locale as Locale;
    if (entryFlows[locale] === undefined) entryFlows[locale] = flow.id;
  }
  let defaultLocale = settings.defaultLocale as Locale;
  const firstFlow = flows[0];
  if (!explicit && entryFlows[defaultLocale] === undefined && firstFlow) defaultLocale = firstFlow.locale as Locale;
  return { ...settings, defaultLocale, entryFlows } as BundleSettings;
}
