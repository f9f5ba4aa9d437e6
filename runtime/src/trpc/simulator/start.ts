import { z } from 'zod';
import { simulate } from '../../simulator/index.js';
import { procedure } from '../trpc.js';
import { simulatorDeps } from './simulator-deps.js';
import { draftDocumentInput } from './simulator-inputs.js';

/** Starts a simulated conversation on a draft document; nothing is stored. */
export const startSimulation = procedure('flows.edit')
  .input(z.object({ document: draftDocumentInput }))
  .mutation(({ ctx, input }) => simulate(simulatorDeps(ctx), input.document, null, null));
