/** The built-in node schemas, read as plain data, for the form's unit tests. */
import type { JsonSchema, NodeCatalogEntry } from '@kefu/schemas';
import askSchema from '../../../runtime/src/nodes/ask/config.schema.json';
import conditionSchema from '../../../runtime/src/nodes/condition/config.schema.json';
import endSchema from '../../../runtime/src/nodes/end/config.schema.json';
import goToFlowSchema from '../../../runtime/src/nodes/go-to-flow/config.schema.json';
import messageSchema from '../../../runtime/src/nodes/message/config.schema.json';
import setVariableSchema from '../../../runtime/src/nodes/set-variable/config.schema.json';

export const schemas: Record<'ask' | 'condition' | 'end' | 'go-to-flow' | 'message' | 'set-variable', JsonSchema> = {
  ask: askSchema,
  condition: conditionSchema,
  end: endSchema,
  'go-to-flow': goToFlowSchema,
  message: messageSchema,
  'set-variable': setVariableSchema,
};

export function catalogEntry(type: keyof typeof schemas): NodeCatalogEntry {
  return {
    type,
    typeVersion: 1,
    title: { en: type, 'zh-CN': type },
    category: 'logic',
    icon: type,
    ports: [{ name: 'next', title: { en: 'Next', 'zh-CN': '下一步' } }],
    waitsForInput: false,
    configSchema: schemas[type],
  };
}
