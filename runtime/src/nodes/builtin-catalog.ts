import type { NodeCatalogEntry } from '@kefu/schemas';
import { builtinNodes } from './builtin-nodes.js';

/** The serialisable catalog of the built-in node types (what the editor and the checker see). */
export const builtinCatalog: NodeCatalogEntry[] = builtinNodes.map((n) => n.definition);
