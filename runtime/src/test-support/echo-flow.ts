/**
 * A small flow for store and server tests, independent of the templates: greets
 * (with a marker, so tests can tell versions apart), then loops on a menu until the
 * customer picks "stop".
 */
import type { BundleSettings, FlowDocument } from '@kefu/schemas';

export function echoFlow(greeting = 'Hello', id = 'echo'): FlowDocument {
  return {
    schemaVersion: 1,
    id,
    name: 'Echo',
    locale: 'en',
    variables: [{ name: 'pick', type: 'string' }],
    startNodeId: 'start',
    nodes: [
      { id: 'start', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: {} },
      { id: 'greet', type: 'message', typeVersion: 1, position: { x: 0, y: 100 }, config: { text: greeting } },
      {
        id: 'menu',
        type: 'ask',
        typeVersion: 1,
        position: { x: 0, y: 200 },
        config: {
          prompt: 'Echo or stop?',
          variable: 'pick',
          validation: { kind: 'choice', choices: [{ id: 'echo', label: 'Echo' }, { id: 'stop', label: 'Stop' }] },
        },
      },
      { id: 'route', type: 'condition', typeVersion: 1, position: { x: 0, y: 300 }, config: { branches: [{ id: 'stop', when: "vars.pick == 'stop'" }] } },
      { id: 'said', type: 'message', typeVersion: 1, position: { x: 200, y: 300 }, config: { text: 'You picked {{vars.pick}}' } },
      { id: 'bye', type: 'end', typeVersion: 1, position: { x: 0, y: 400 }, config: { message: 'Bye' } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourcePort: 'next', target: 'greet' },
      { id: 'e2', source: 'greet', sourcePort: 'next', target: 'menu' },
      { id: 'e3', source: 'menu', sourcePort: 'answered', target: 'route' },
      { id: 'e4', source: 'route', sourcePort: 'stop', target: 'bye' },
      { id: 'e5', source: 'route', sourcePort: 'else', target: 'said' },
      { id: 'e6', source: 'said', sourcePort: 'next', target: 'menu' },
    ],
  } as FlowDocument;
}

export function echoSettings(sessionTimeoutSeconds = 1800): BundleSettings {
  return { schemaVersion: 1, defaultLocale: 'en', entryFlows: { en: 'echo' }, sessionTimeoutSeconds } as BundleSettings;
}
