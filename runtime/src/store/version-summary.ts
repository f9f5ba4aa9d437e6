import type { BundleVersionSummary } from '../app/app-context.js';
import type { BundleVersionRow } from '../db/entities/bundle-version.js';

export function versionSummary(row: BundleVersionRow, currentVersion: number | null): BundleVersionSummary {
  return {
    version: row.version,
    hash: row.hash,
    author: row.author,
    message: row.message,
    createdAt: new Date(row.createdAt).toISOString(),
    rolledBackFrom: row.rolledBackFrom ?? null,
    isCurrent: row.version === currentVersion,
    flows: row.document.flows.map((flow) => ({ id: flow.id, name: flow.name, locale: flow.locale })),
  };
}
