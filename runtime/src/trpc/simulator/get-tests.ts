import { z } from 'zod';
import { flowIdInput } from '../inputs.js';
import { procedure } from '../trpc.js';

/** The flow's saved conversation tests, or null when it has none yet. */
export const getSimulatorTests = procedure('flows.view')
  .input(z.object({ flowId: flowIdInput }))
  .query(({ ctx, input }) => ctx.app.flowTests.get(input.flowId));
