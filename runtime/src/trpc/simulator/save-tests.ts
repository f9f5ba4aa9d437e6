import { z } from 'zod';
import { flowIdInput } from '../inputs.js';
import { procedure } from '../trpc.js';
import { testsYamlInput } from './simulator-inputs.js';

/** Saves the flow's conversation tests beside its draft (checked when run, so a half-written file can be saved). */
export const saveSimulatorTests = procedure('flows.edit')
  .input(z.object({ flowId: flowIdInput, testsYaml: testsYamlInput }))
  .mutation(({ ctx, input }) => ctx.app.flowTests.save(input.flowId, input.testsYaml));
