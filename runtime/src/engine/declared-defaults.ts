import type { FlowDocument } from '@kefu/schemas';
import type { Vars } from './types.js';

/**
 * The flow's declared variables that `vars` does not have yet, with their defaults
 * (null when none). Variables already set — by the caller of a sub-flow, say — win.
 */
export function declaredDefaults(flow: FlowDocument, vars: Readonly<Vars>): Vars {
  const added: Vars = {};
  for (const declaration of flow.variables) {
    if (!Object.hasOwn(vars, declaration.name)) added[declaration.name] = declaration.default ?? null;
  }
  return added;
}
