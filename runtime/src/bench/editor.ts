/**
 * `npm run bench:editor` — the flow editor with a generated 1,000-node flow in a real
 * Chromium (Debian's, via playwright-core): time until the canvas is interactive (goal
 * < 2 s), the in-page `validateFlow` time the editor measures (goal < 50 ms), and frame
 * timings while panning. Starts its own runtime on a temporary SQLite database and
 * removes it afterwards. Prints figures and one JSON line; asserts nothing.
 *
 * Env: BENCH_NODES (1000), KEFU_E2E_CHROMIUM (/usr/bin/chromium).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFlow } from '@kefu/schemas';
import { chromium, type Page } from 'playwright-core';
import { loadConfig } from '../config.js';
import { createServer, type KefuServer } from '../server/create-server.js';
import { generatedFlow } from './editor-flow.js';
import { CANVAS_READY, EMPTY_PANE_POINT, RENDERED_NODES, START_FRAMES, STOP_FRAMES, VALIDATION_DURATIONS } from './editor-page-probes.js';
import { frameStats } from './frame-stats.js';

const NODES = Number(process.env.BENCH_NODES ?? 1000);
const FLOW_ID = 'bench-generated';
const PAN_STEPS = 120;

const round = (value: number) => Math.round(value * 10) / 10;

async function seed(kefu: KefuServer): Promise<string> {
  const { app } = kefu.services;
  const actor = { id: null, name: 'bench' };
  const password = 'Bench-password-1';
  await app.accounts.createUser({ username: 'bench', displayName: 'Bench', roles: ['designer'], password, mustChangePassword: false }, actor);
  const flow = generatedFlow(FLOW_ID, NODES);
  const errors = validateFlow(flow, app.catalog).problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) throw new Error(`the generated flow is not valid: ${errors.slice(0, 3).map((p) => `${p.path} ${p.message}`).join('; ')}`);
  await app.drafts.save(flow, null);
  const { token } = await app.accounts.login({ username: 'bench', password, ip: '127.0.0.1' });
  return token;
}

async function settle(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).click();
  // Validation runs 250 ms after the last change.
  await page.waitForTimeout(600);
}

/** Drags the empty pane back and forth, one small move per frame, recording frame times. */
async function pan(page: Page): Promise<number[]> {
  const start = (await page.evaluate(EMPTY_PANE_POINT)) as { x: number; y: number } | null;
  if (!start) throw new Error('no empty spot on the canvas to pan from');
  await page.evaluate(START_FRAMES);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 0; step < PAN_STEPS; step += 1) {
    const phase = step < PAN_STEPS / 2 ? step : PAN_STEPS - step;
    await page.mouse.move(start.x - phase * 6, start.y - phase * 3);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  return (await page.evaluate(STOP_FRAMES)) as number[];
}

async function main(): Promise<void> {
  // Figures from a busy machine are worth little; the load is printed with them.
  const load = loadavg()[0] ?? 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'kefu-bench-editor-'));
  const config = loadConfig({ KEFU_DATA_DIR: dataDir, KEFU_DATABASE_URL: `sqlite://${join(dataDir, 'kefu.db')}`, KEFU_LOG_LEVEL: 'error', PORT: '0', HOST: '127.0.0.1' });
  const kefu = await createServer({ config });
  const browser = await chromium.launch({
    executablePath: process.env.KEFU_E2E_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const base = (await kefu.start()).replace('0.0.0.0', '127.0.0.1');
    const token = await seed(kefu);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await context.addCookies([{ name: 'kefu_session', value: token, url: base }]);
    const page = await context.newPage();

    // Warm the HTTP cache (scripts, fonts) the way a returning user has it, then measure.
    await page.goto(`${base}/`);
    await page.getByTestId('nav-account').waitFor();
    await page.goto(`${base}/drafts/${FLOW_ID}`);
    const ready = await page.waitForFunction(CANVAS_READY, undefined, { polling: 'raf', timeout: 60_000 });
    const interactiveMs = (await ready.jsonValue()) as number;
    const renderedNodes = (await page.evaluate(RENDERED_NODES)) as number;

    // A designer looks at the canvas before clicking: let the page finish what it loads when idle (Monaco).
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const clickStart = Date.now();
    await page.locator('.react-flow__node').first().click();
    await page.getByTestId('node-config-panel').waitFor();
    const selectMs = Date.now() - clickStart;
    // The first selection also loads the form's code; what a designer feels afterwards is the next ones.
    const nextMs: number[] = [];
    for (const position of [1, 2, 3, 4]) {
      const node = page.locator('.react-flow__node').nth(position);
      const id = await node.getAttribute('data-id');
      const started = Date.now();
      await node.click();
      await page.locator(`[data-testid="node-config-panel"][data-node-id="${id}"]`).waitFor();
      nextMs.push(Date.now() - started);
    }
    const selectNextMs = [...nextMs].sort((a, b) => a - b)[Math.floor(nextMs.length / 2)]!;

    await settle(page, 'flow-layout');
    await settle(page, 'flow-undo');
    await settle(page, 'flow-redo');
    const validations = (await page.evaluate(VALIDATION_DURATIONS)) as number[];
    const frames = frameStats(await pan(page));

    // The first check also compiles the schemas (once per page); later ones are what editing costs.
    const warm = validations.slice(1).sort((a, b) => a - b);
    const validateMs = {
      cold: round(validations[0] ?? Number.NaN),
      warmMedian: round(warm[Math.floor(warm.length / 2)] ?? Number.NaN),
      warmMax: round(warm[warm.length - 1] ?? Number.NaN),
      runs: validations.map(round),
    };
    process.stdout.write(
      [
        `bench:editor — ${NODES}-node flow in Chromium (${cpus().length} CPUs, load average ${load.toFixed(1)} before the run)`,
        `  canvas interactive after  ${round(interactiveMs)} ms (goal < 2000; ${renderedNodes} node cards in the DOM)`,
        `  select a node → form      ${selectMs} ms (first, after the page settled); next four: ${nextMs.join(', ')} ms`,
        `  validateFlow in the page  median ${validateMs.warmMedian} ms, max ${validateMs.warmMax} ms over ${warm.length} edits (goal < 50); first check with schema compilation ${validateMs.cold} ms`,
        `  panning: ${frames.frames} frames, mean ${round(frames.meanMs)} ms, p95 ${round(frames.p95Ms)} ms, max ${round(frames.maxMs)} ms, dropped ${frames.dropped}`,
        '',
      ].join('\n'),
    );
    process.stdout.write(
      `${JSON.stringify({ bench: 'editor', nodes: NODES, cpus: cpus().length, loadAverage: round(load), interactiveMs: round(interactiveMs), renderedNodes, selectMs, selectNextMs, validateMs, panning: { ...frames, meanMs: round(frames.meanMs), p95Ms: round(frames.p95Ms), maxMs: round(frames.maxMs) } })}\n`,
    );
  } finally {
    await browser.close();
    await kefu.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
