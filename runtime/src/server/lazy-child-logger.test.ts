import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './create-logger.js';
import { LazyChildLogger } from './lazy-child-logger.js';

function capture(level: 'info' | 'warn') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: createLogger(level, stream), lines };
}

const flushed = () => new Promise((resolve) => setImmediate(resolve));

describe('LazyChildLogger', () => {
  it('makes no pino child for records below the level, and writes with its bindings (redacted) above it', async () => {
    const { logger, lines } = capture('warn');
    let children = 0;
    const parent = Object.assign(Object.create(logger) as typeof logger, {
      child: (...args: Parameters<typeof logger.child>) => {
        children += 1;
        return logger.child(...args);
      },
    });
    const lazy = new LazyChildLogger(parent, { reqId: 'req-1', token: 'secret-token' });
    lazy.info({ a: 1 }, 'incoming request');
    lazy.debug('more');
    expect(children).toBe(0);
    expect(lazy.level).toBe('warn');

    lazy.error({ text: 'a customer message' }, 'request failed');
    lazy.warn('again');
    await flushed();
    expect(children).toBe(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 50, reqId: 'req-1', token: '[redacted]', text: '[redacted]', msg: 'request failed' });
    expect(lines[1]).toMatchObject({ level: 40, reqId: 'req-1', msg: 'again' });
  });

  it('writes info records when the level allows them, and its children carry both bindings', async () => {
    const { logger, lines } = capture('info');
    const lazy = new LazyChildLogger(logger, { reqId: 'req-2' });
    lazy.info('request completed');
    lazy.child({ url: '/ws?token=[redacted]' }).info('upgraded');
    await flushed();
    expect(lines).toEqual([
      expect.objectContaining({ reqId: 'req-2', msg: 'request completed' }),
      expect.objectContaining({ reqId: 'req-2', url: '/ws?token=[redacted]', msg: 'upgraded' }),
    ]);
  });
});
