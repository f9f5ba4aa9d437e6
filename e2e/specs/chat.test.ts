import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ChatPage } from '../pages/chat-page.js';
import { launchBrowser } from '../support/browser.js';
import { keepScreenshotOnFailure, saveScreenshot } from '../support/screenshot.js';
import { signedInPage } from '../support/signed-in-page.js';
import { entryFlow, nodeConfig, type TemplateFlow } from '../support/templates.js';

interface Choice {
  id: string;
  label: string;
}

/** The node an edge leads to from `source` through `port`. */
function next(flow: TemplateFlow, source: string, port: string): string {
  const edge = flow.edges.find((candidate) => candidate.source === source && candidate.sourcePort === port);
  if (!edge) throw new Error(`${flow.id}: no edge from ${source}.${port}`);
  return edge.target;
}

describe('Try the bot', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('greets, offers the menu, and answers a button click with the chosen topic', async (context) => {
    const flow = entryFlow('en');
    // start -> greeting message -> menu question (choices) -> condition -> answer
    const greetId = next(flow, flow.startNodeId, 'next');
    const menuId = next(flow, greetId, 'next');
    const menu = nodeConfig(flow, menuId) as { prompt: string; validation: { choices: Choice[] } };
    const hours = menu.validation.choices.find((choice) => choice.id === 'hours');
    expect(hours, 'the demo menu offers opening hours').toBeDefined();
    const answerId = next(flow, next(flow, menuId, 'answered'), 'hours');

    const chat = new ChatPage(await signedInPage(browser, 'en-US'), inject('baseUrl'));
    keepScreenshotOnFailure(context, chat.page);
    await chat.goto();
    expect(await chat.waitForBotMessages(2)).toEqual([nodeConfig(flow, greetId).text, menu.prompt]);

    await chat.choose(hours!.label);
    await chat.page.locator('[data-testid="chat-message"][data-role="customer"]', { hasText: hours!.label }).waitFor();
    const texts = await chat.waitForBotMessages(3);
    expect(texts[2]).toBe(nodeConfig(flow, answerId).text);
    // Exactly one copy of the customer's click once the server's copy replaced the echo.
    await expect.poll(() => chat.page.locator('[data-role="customer"]').count()).toBe(1);
    await saveScreenshot(chat.page, 'chat');
  });

  it('talks in Chinese when the console is in Chinese, and understands typed answers', async (context) => {
    const flow = entryFlow('zh-CN');
    const greetId = next(flow, flow.startNodeId, 'next');
    const menuId = next(flow, greetId, 'next');
    const menu = nodeConfig(flow, menuId) as { validation: { choices: Choice[] } };
    const hours = menu.validation.choices.find((choice) => choice.id === 'hours');
    const answerId = next(flow, next(flow, menuId, 'answered'), 'hours');

    const chat = new ChatPage(await signedInPage(browser, 'zh-CN'), inject('baseUrl'));
    keepScreenshotOnFailure(context, chat.page);
    await chat.goto();
    const [greeting] = await chat.waitForBotMessages(2);
    expect(greeting).toBe(nodeConfig(flow, greetId).text);
    await chat.send(hours!.label);
    const texts = await chat.waitForBotMessages(3);
    expect(texts[2]).toBe(nodeConfig(flow, answerId).text);
  });
});
