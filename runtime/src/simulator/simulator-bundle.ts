/**
 * The bundle a draft is simulated (and tested) in: the current published flows and
 * settings, with the draft added or replacing its published namesake, and the draft as
 * the entry flow of its locale. A draft the engine cannot run (schema or graph errors)
 * is refused with every problem, addressed by JSON Pointer into the draft document.
 */
import {
  DEFAULT_SETTINGS,
  validateBundle,
  type BundleDocument,
  type FlowDocument,
  type NodeCatalogEntry,
  type Problem,
} from '@kefu/schemas';
import { KefuError } from '../errors.js';
import { catalogVersions } from '../nodes/catalog-versions.js';

export interface SimulatorBundle {
  bundle: BundleDocument;
  /** The published version the draft runs on top of; 0 when nothing is published. */
  baseVersion: number;
}

export function simulatorBundle(
  published: { version: number; bundle: BundleDocument } | null,
  draft: FlowDocument,
  catalog: readonly NodeCatalogEntry[],
): SimulatorBundle {
  const others = (published?.bundle.flows ?? []).filter((flow) => flow.id !== draft.id);
  const flows = [draft, ...others];
  const base = published?.bundle.settings ?? DEFAULT_SETTINGS;
  const settings = { ...base, entryFlows: { ...base.entryFlows, [draft.locale]: draft.id } };
  const problems = validateBundle({ flows, settings }, catalog).problems.filter((problem) => problem.severity === 'error');
  if (problems.length > 0) throw invalidDraft(problems);
  return { bundle: { flows, settings, catalog: catalogVersions(catalog) }, baseVersion: published?.version ?? 0 };
}

/** Problems at `/flows/0/…` are the draft's own: report them relative to the draft. */
function invalidDraft(problems: Problem[]): KefuError {
  const relative = problems.map((problem) => {
    const match = /^\/flows\/0(\/.*|)$/.exec(problem.path);
    return match ? { ...problem, path: match[1] ?? '' } : problem;
  });
  return new KefuError('KEFU_ERR_FLOW_INVALID', `The draft has ${relative.length} problem(s); fix them to run it.`, {
    details: relative,
    path: relative[0]?.path,
  });
}
