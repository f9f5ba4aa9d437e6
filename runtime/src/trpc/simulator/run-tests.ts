import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { runDraftTests } from '../../simulator/index.js';
import { flowIdInput } from '../inputs.js';
import { procedure } from '../trpc.js';
import { simulatorDeps } from './simulator-deps.js';
import { draftDocumentInput, testsYamlInput } from './simulator-inputs.js';

/** Runs the flow's conversation tests (the given YAML, else the saved one) against the draft document. */
export const runSimulatorTests = procedure('flows.edit')
  .input(z.object({ flowId: flowIdInput, document: draftDocumentInput, testsYaml: testsYamlInput.optional() }))
  .mutation(async ({ ctx, input }) => {
    const yaml = input.testsYaml ?? (await ctx.app.flowTests.get(input.flowId))?.yaml;
    if (yaml === undefined) throw new TRPCError({ code: 'NOT_FOUND', message: `Flow "${input.flowId}" has no saved tests.` });
    return runDraftTests(simulatorDeps(ctx), input.document, yaml);
  });
