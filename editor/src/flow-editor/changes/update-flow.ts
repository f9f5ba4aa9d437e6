import type { FlowDocument } from '@kefu/schemas';
import type { DocumentChange } from './document-change';

export type VariableDeclaration = FlowDocument['variables'][number];

/** Sets the flow's name, or its description (cleared when empty). */
export function updateFlowInfo(info: { name?: string; description?: string }): DocumentChange {
  return (document) => {
    const next = { ...document, ...(info.name === undefined ? {} : { name: info.name }) };
    if (info.description === undefined) return next;
    const { description: _old, ...rest } = next;
    return info.description.trim() === '' ? rest : { ...rest, description: info.description };
  };
}

/** Replaces the declared variables (the variables panel edits the whole list). */
export function setVariables(variables: VariableDeclaration[]): DocumentChange {
  return (document) => ({ ...document, variables });
}

/** A new variable name not yet declared: "var1", "var2"… */
export function freshVariableName(variables: readonly VariableDeclaration[]): string {
  const taken = new Set(variables.map((variable) => variable.name));
  let n = 1;
  while (taken.has(`var${n}`)) n += 1;
  return `var${n}`;
}
