import type { RegisteredNode } from './define-executor.js';
import { executorMap } from './executor-map.js';
import { registeredNodes } from './registry.generated.js';

/** The node types shipped with Kefu (definitions and executors), discovered from src/nodes/. */
export const builtinNodes: readonly RegisteredNode[] = registeredNodes;

/** The built-in executors by node type: the engine's default. */
export const builtinExecutors = executorMap(builtinNodes);
