import { describe, expect, it } from 'vitest';
import { problemLines } from './problem-lines.js';

describe('problemLines', () => {
  it('points each problem into the file it is in', () => {
    const files = new Map([['welcome', 'flows/welcome.json']]);
    const lines = problemLines(
      [
        { path: '/flows/0/nodes/3/config/text', message: 'must be a string', flowId: 'welcome' },
        { path: '/flows/0', message: 'bad flow', flowId: 'welcome' },
        { path: '/settings/sessionTimeoutSeconds', message: 'must be >= 1' },
        { path: '', message: 'empty bundle' },
      ],
      files,
      'settings.json',
    );
    expect(lines).toEqual([
      'flows/welcome.json: /nodes/3/config/text: must be a string',
      'flows/welcome.json: /: bad flow',
      'settings.json: /sessionTimeoutSeconds: must be >= 1',
      'bundle: /: empty bundle',
    ]);
  });
});
