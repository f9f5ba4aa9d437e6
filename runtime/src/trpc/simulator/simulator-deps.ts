import type { SimulatorDeps } from '../../simulator/index.js';
import type { TrpcContext } from '../context.js';

/** What the simulator takes from the running app: its published bundle, catalog, logger and knowledge base. */
export function simulatorDeps(ctx: TrpcContext): SimulatorDeps {
  const { publishing, catalog, executors, http, logger, kb } = ctx.app;
  return { publishing, catalog, executors, http, logger, kb };
}
