import type { NodeTypes } from '@xyflow/react';
import { KefuNode } from './kefu-node';

/** At module scope so React Flow never sees a new object and re-mounts every node. */
export const nodeTypes: NodeTypes = { kefu: KefuNode };
