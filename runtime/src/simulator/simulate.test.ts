import type { FlowDocument } from '@kefu/schemas';
import { describe, expect, it } from 'vitest';
import { isKefuError } from '../errors.js';
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
