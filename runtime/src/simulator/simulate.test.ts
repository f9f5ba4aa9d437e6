import type { FlowDocument } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { defaultKbIndex } from '../conversation-tests/default-kb-index.js';
import { isKefuError } from '../errors.js';
import { MemoryKbRuntime } from '../kb/memory-kb-runtime.js';
import { builtinCatalog } from '../nodes/builtin-catalog.js';
import { echoFlow, echoSettings } from '../test-support/echo-flow.js';
import { memoryAppContext } from '../trpc/test-support/memory-app-context.js';
import { simulate } from './simulate.js';

function deps() {
  return memoryAppContext(builtinCatalog);
}

describe('simulate', () => {
  it('starts a draft and reports messages, the visited path, the waiting node and variables', async () => {
    const first = await simulate(deps(), echoFlow('Draft hello'), null, null);
    expect(first.messages.map((m) => ('text' in m ? m.text : ''))).toEqual(['Draft hello', 'Echo or stop?']);
    expect(first.visited.map((v) => v.nodeId)).toEqual(['start', 'greet', 'menu']);
    expect(first.activeNodeId).toBe('menu');
    expect(first.ended).toBe(false);

    const second = await simulate(deps(), echoFlow('Draft hello'), first.state, { choiceId: 'echo' });
    expect(second.visited.map((v) => v.nodeId)).toEqual(['menu', 'route', 'said', 'menu']);
    expect(second.vars).toMatchObject({ pick: 'echo' });
    expect(second.messages.map((m) => ('text' in m ? m.text : ''))).toEqual(['You picked echo', 'Echo or stop?']);

    const third = await simulate(deps(), echoFlow('Draft hello'), second.state, { text: 'stop' });
    expect(third.ended).toBe(true);
    expect(third.activeNodeId).toBeNull();
    const after = await simulate(deps(), echoFlow('Draft hello'), third.state, { text: 'anything' });
    expect(after.ignored).toBe(true);
    expect(after.messages).toEqual([]);
  });

  it('runs the draft in place of its published version, alongside the other published flows', async () => {
    const app = deps();
    await app.publishing.publish({ flows: [echoFlow('Published hello')], settings: echoSettings(), message: 'v1', author: 'a' });
    const run = await simulate(app, echoFlow('Draft hello'), null, null);
    expect(run.messages[0]).toMatchObject({ text: 'Draft hello' });
    expect(run.state.bundleVersion).toBe(1);
  });

  it('refuses an invalid draft with every problem, addressed inside the draft', async () => {
    const broken = echoFlow();
    const draft = { ...broken, edges: broken.edges.filter((e) => e.id !== 'e2') } as FlowDocument;
    const error = await simulate(deps(), draft, null, null).catch((e: unknown) => e);
    expect(isKefuError(error) && error.code).toBe('KEFU_ERR_FLOW_INVALID');
    const details = isKefuError(error) ? (error.details as { path: string }[]) : [];
    expect(details.length).toBeGreaterThan(0);
    expect(details.every((p) => !p.path.startsWith('/flows/'))).toBe(true);
  });

  it('fires the waiting node timeout on request', async () => {
    const flow = echoFlow();
    const menu = flow.nodes.find((n) => n.id === 'menu');
    if (!menu) throw new Error('no menu');
    (menu.config as Record<string, unknown>).timeoutSeconds = 30;
    flow.edges.push({ id: 'e7', source: 'menu', sourcePort: 'timeout', target: 'bye' });
    const first = await simulate(deps(), flow, null, null);
    expect(first.timeoutSeconds).toBe(30);
    const fired = await simulate(deps(), flow, first.state, { timeout: true });
    expect(fired.visited.map((v) => v.nodeId)).toEqual(['menu', 'bye']);
    expect(fired.ended).toBe(true);
  });
});

describe('simulate with a knowledge base', () => {
  it('answers from the live KB but never logs the designer’s questions as unanswered', async () => {
    const kb = new MemoryKbRuntime({ bases: { faq: [{ id: 'hours', question: 'When are you open?', answer: 'From 9 to 5.' }] }, createIndex: () => defaultKbIndex() });
    const flow: FlowDocument = {
      ...echoFlow(),
      nodes: [
        { id: 'start', type: 'start', typeVersion: 1, position: { x: 0, y: 0 }, config: {} },
        { id: 'q', type: 'ask', typeVersion: 1, position: { x: 0, y: 100 }, config: { prompt: 'Ask me', variable: 'pick', validation: { kind: 'text' } } },
        { id: 'answer', type: 'kb-answer', typeVersion: 1, position: { x: 0, y: 200 }, config: { kb: 'faq', query: 'vars.pick' } },
        { id: 'bye', type: 'end', typeVersion: 1, position: { x: 0, y: 300 }, config: {} },
      ],
      edges: [
        { id: 'e1', source: 'start', sourcePort: 'next', target: 'q' },
        { id: 'e2', source: 'q', sourcePort: 'answered', target: 'answer' },
        { id: 'e3', source: 'answer', sourcePort: 'answered', target: 'bye' },
        { id: 'e4', source: 'answer', sourcePort: 'no-answer', target: 'bye' },
        { id: 'e5', source: 'answer', sourcePort: 'suggested', target: 'bye' },
      ],
    } as FlowDocument;
    const app = { ...deps(), kb };
    const first = await simulate(app, flow, null, null);
    const known = await simulate(app, flow, first.state, { text: 'When are you open?' });
    expect(known.messages[0]).toMatchObject({ kind: 'kb-answer', text: 'From 9 to 5.' });
    const again = await simulate(app, flow, null, null);
    const unknown = await simulate(app, flow, again.state, { text: 'Do you sell bicycles on the moon?' });
    expect(unknown.visited.map((v) => v.nodeId)).toEqual(['q', 'answer', 'bye']);
    expect(kb.unanswered).toEqual([]);
  });
});
