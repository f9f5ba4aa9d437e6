import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runPluginCheck } from './plugin-command.js';

const templates = resolve(fileURLToPath(import.meta.url), '../../../../templates');

describe('kefu plugin check', () => {
  it('lists each plugin with its node types, a relative path resolved from the working directory', async () => {
    const lines: string[] = [];
    expect(await runPluginCheck(['./plugins/order-status'], (line) => lines.push(line), templates)).toBe(0);
    expect(lines).toEqual([`@acme/kefu-order-status 1.0.0 (${resolve(templates, 'plugins/order-status')}): acme/order-status`]);
    // A path without ./ is a path too: it is no package name.
    const again: string[] = [];
    expect(await runPluginCheck(['plugins/order-status'], (line) => again.push(line), templates)).toBe(0);
    expect(again).toEqual(lines);
  });

  it('fails with every problem when a plugin is broken or missing', async () => {
    await expect(runPluginCheck(['./plugins/nowhere'], () => undefined, templates)).rejects.toMatchObject({
      code: 'KEFU_ERR_CONFIG_INVALID',
      message: expect.stringContaining(`${resolve(templates, 'plugins/nowhere')}: no folder with a package.json here`),
    });
  });
});
