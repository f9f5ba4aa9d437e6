import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ConsolePage } from '../pages/console-page.js';
import { launchBrowser } from '../support/browser.js';
import { keepScreenshotOnFailure, saveScreenshot } from '../support/screenshot.js';
import { signedInPage } from '../support/signed-in-page.js';
import { entryFlow, templateFlows } from '../support/templates.js';

describe('console', () => {
  let browser: Browser;
  let ui: ConsolePage;

  beforeAll(async () => {
    browser = await launchBrowser();
    ui = new ConsolePage(await signedInPage(browser, 'en-US'), inject('baseUrl'));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every demo flow of the published version with its node count', async (context) => {
    keepScreenshotOnFailure(context, ui.page);
    await ui.gotoFlows();
    const expected = templateFlows();
    expect((await ui.listedFlowIds()).sort()).toEqual(expected.map((flow) => flow.id).sort());
    for (const flow of expected) {
      const row = ui.page.getByTestId(`flow-row-${flow.id}`);
      expect(await row.locator('td.num').textContent()).toBe(String(flow.nodes.length));
    }
    await saveScreenshot(ui.page, 'flows');
  });

  it('draws the welcome flow on the canvas: every node, every edge, from its port', async (context) => {
    keepScreenshotOnFailure(context, ui.page);
    const welcome = entryFlow('en');
    await ui.gotoFlows();
    await ui.openFlow(welcome.id);
    await ui.node(welcome.startNodeId).waitFor();
    expect((await ui.renderedNodeIds()).sort()).toEqual(welcome.nodes.map((node) => node.id).sort());
    await expect.poll(() => ui.edges.count()).toBe(welcome.edges.length);
    for (const edge of welcome.edges) {
      expect(await ui.port(edge.source, edge.sourcePort).count(), `${edge.source}.${edge.sourcePort}`).toBe(1);
    }
    // The node type's title is shown in the console language.
    const greet = welcome.nodes.find((node) => node.type === 'message');
    expect(greet).toBeDefined();
    expect(await ui.node(greet!.id).textContent()).toContain('Message');

    await ui.node(greet!.id).click();
    await ui.configPanel.waitFor();
    const shown = JSON.parse((await ui.page.getByTestId('config-json').textContent()) ?? 'null');
    expect(shown).toEqual(greet!.config);
    await saveScreenshot(ui.page, 'canvas');
  });

  it('switches to Chinese, remembers it across a reload, and switches back', async (context) => {
    keepScreenshotOnFailure(context, ui.page);
    await ui.gotoFlows();
    await ui.switchLanguage('zh-CN');
    await expect.poll(() => ui.page.getByTestId('nav-flows').textContent()).toBe('流程');
    expect(await ui.page.locator('h1').textContent()).toBe('流程');
    expect(await ui.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');

    await ui.page.reload();
    await ui.flowList.waitFor();
    expect(await ui.page.getByTestId('nav-versions').textContent()).toBe('版本');

    const welcome = entryFlow('zh-CN');
    await ui.openFlow(welcome.id);
    const greet = welcome.nodes.find((node) => node.type === 'message');
    expect(await ui.node(greet!.id).textContent()).toContain('发送消息');

    await ui.switchLanguage('en');
    await expect.poll(() => ui.page.getByTestId('nav-flows').textContent()).toBe('Flows');
  });
});
