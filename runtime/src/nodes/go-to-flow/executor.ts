import { defineExecutor } from '../define-executor.js';
import definition from './definition.js';

/** The engine runs the sub-flow and leaves this node by `done` when the sub-flow ends. */
export default defineExecutor(definition, (_ctx, config) => ({ call: { flowId: config.flowId } }));
