import { procedure } from '../trpc.js';
import { summarizeFlow } from './summarize-flow.js';

/** The flows of the current published version, and the drafts being worked on. */
export const listFlows = procedure('flows.view').query(async ({ ctx }) => {
  const { publishing, drafts } = ctx.app;
  const version = await publishing.currentVersion();
  const published = version === null ? null : await publishing.getVersion(version);
  return {
    version,
    flows: published ? published.bundle.flows.map(summarizeFlow) : [],
    drafts: await drafts.list(),
  };
});
