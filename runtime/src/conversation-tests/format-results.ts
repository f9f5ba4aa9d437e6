import { relative } from 'node:path';
import type { ConversationTestFileResult } from './conversation-test-result.js';

/** Human-readable report: ✓/✗ per case, the first mismatch with its line, and a summary. */
export function formatResults(results: readonly ConversationTestFileResult[], options: { cwd?: string; transcript?: boolean } = {}): string {
  const cwd = options.cwd ?? process.cwd();
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const result of results) {
    // Paths near the working directory read better relative; far away ones absolute.
    const near = relative(cwd, result.file);
    const file = near && !near.startsWith('../../') ? near : result.file;
    lines.push(`${result.name}  (${file})`);
    for (const problem of result.problems) lines.push(`  ! ${problem}`);
    for (const c of result.cases) {
      if (c.passed) {
        passed += 1;
        lines.push(`  ✓ ${c.name}`);
        continue;
      }
      failed += 1;
      lines.push(`  ✗ ${c.name}`);
      if (c.failure) {
        const where = c.failure.line ? `${file}:${c.failure.line}` : `step ${c.failure.step}`;
        lines.push(`      ${where}: ${c.failure.message}`);
        if (options.transcript ?? true) {
          for (const line of c.failure.transcript.slice(-8)) lines.push(`        | ${line}`);
        }
      } else if (result.problems.length > 0) {
        lines.push('      not run: the flows under test are not valid (see above)');
      }
    }
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return lines.join('\n');
}
