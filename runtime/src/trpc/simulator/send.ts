import { z } from 'zod';
import { simulate } from '../../simulator/index.js';
import { procedure } from '../trpc.js';
import { simulatorDeps } from './simulator-deps.js';
import { draftDocumentInput, simulatorEventInput, simulatorStateInput } from './simulator-inputs.js';

/** Advances a simulated conversation: a typed message, a button, or "fire the timeout now". */
export const sendToSimulation = procedure('flows.edit')
  .input(z.object({ document: draftDocumentInput, state: simulatorStateInput, event: simulatorEventInput }))
  .mutation(({ ctx, input }) => simulate(simulatorDeps(ctx), input.document, input.state, input.event));
