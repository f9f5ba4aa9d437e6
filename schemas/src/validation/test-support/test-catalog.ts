/** A small catalog shaped like the runtime's built-in nodes, for validation tests only. */
import type { NodeCatalogEntry } from '../../catalog.js';

const title = (en: string) => ({ en, 'zh-CN': en });
const port = (name: string, optional = false) => ({ name, title: title(name), ...(optional ? { optional } : {}) });
const closed = (properties: Record<string, unknown>, required: string[] = []) => ({ type: 'object', additionalProperties: false, properties, required });

export const TEST_CATALOG: NodeCatalogEntry[] = [
  { type: 'start', typeVersion: 1, title: title('Start'), category: 'flow', icon: 'play', ports: [port('next')], waitsForInput: false, configSchema: closed({}) },
  {
    type: 'message',
    typeVersion: 1,
    title: title('Message'),
    category: 'message',
    icon: 'chat',
    ports: [port('next')],
    waitsForInput: false,
    configSchema: closed({ text: { type: 'string', minLength: 1, 'x-ui': { widget: 'template' } } }, ['text']),
  },
  {
    type: 'ask',
    typeVersion: 2,
    title: title('Ask'),
    category: 'input',
    icon: 'question',
    ports: [port('answered'), port('invalid', true)],
    waitsForInput: true,
    configSchema: {
      type: 'object',
      additionalProperties: false,
      required: ['prompt', 'variable'],
      properties: {
        prompt: { type: 'string', 'x-ui': { widget: 'template' } },
        variable: { type: 'string', 'x-ui': { widget: 'variable' } },
        retries: { type: 'integer', minimum: 0, maximum: 10 },
        threshold: { type: 'number' },
        validation: {
          oneOf: [
            closed({ kind: { const: 'text' }, maxLength: { type: 'integer' } }, ['kind']),
            closed({ kind: { const: 'regex' }, pattern: { type: 'string', format: 'regex' } }, ['kind', 'pattern']),
          ],
        },
        choices: { type: 'array', items: { $ref: '#/$defs/choice' } },
      },
      $defs: { choice: closed({ id: { type: 'string' }, label: { type: 'string', 'x-ui': { widget: 'template' } } }, ['id', 'label']) },
    },
  },
  {
    type: 'condition',
    typeVersion: 1,
    title: title('Condition'),
    category: 'logic',
    icon: 'branch',
    ports: [port('else')],
    dynamicPorts: { from: '/branches', key: 'id', labelKey: 'label' },
    waitsForInput: false,
    configSchema: closed(
      { branches: { type: 'array', minItems: 1, items: closed({ id: { type: 'string' }, when: { type: 'string', minLength: 1, 'x-ui': { widget: 'expression' } } }, ['id', 'when']) } },
      ['branches'],
    ),
  },
  {
    type: 'set-variable',
    typeVersion: 1,
    title: title('Set variable'),
    category: 'logic',
    icon: 'edit',
    ports: [port('next')],
    waitsForInput: false,
    configSchema: closed(
      { assignments: { type: 'array', items: closed({ variable: { type: 'string', 'x-ui': { widget: 'variable' } }, value: { type: 'string', 'x-ui': { widget: 'expression' } } }, ['variable', 'value']) } },
      ['assignments'],
    ),
  },
  {
    type: 'go-to-flow',
    typeVersion: 1,
    title: title('Go to flow'),
    category: 'flow',
    icon: 'jump',
    ports: [port('next', true)],
    waitsForInput: false,
    configSchema: closed({ flowId: { type: 'string', 'x-ui': { widget: 'flow' } } }, ['flowId']),
  },
  {
    type: 'end',
    typeVersion: 1,
    title: title('End'),
    category: 'flow',
    icon: 'stop',
    ports: [],
    terminal: true,
    waitsForInput: false,
    configSchema: closed({ message: { type: 'string', 'x-ui': { widget: 'template' } } }),
  },
];
