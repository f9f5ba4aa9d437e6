/**
 * Formats publish problems as `file: /json/pointer: message`, one per line, pointing
 * into the file the problem is in (the flow's file, or the settings file).
 */
export interface ProblemLike {
  path: string;
  message: string;
  flowId?: string;
}

export function problemLines(problems: readonly ProblemLike[], fileOfFlow: ReadonlyMap<string, string>, settingsFile: string | undefined): string[] {
  return problems.map((problem) => {
    const flowMatch = /^\/flows\/\d+(\/.*)?$/.exec(problem.path);
    if (flowMatch) {
      const file = (problem.flowId && fileOfFlow.get(problem.flowId)) ?? `flow ${problem.flowId ?? '?'}`;
      return `${file}: ${flowMatch[1] ?? '/'}: ${problem.message}`;
    }
    const settingsMatch = /^\/settings(\/.*)?$/.exec(problem.path);
    if (settingsMatch) return `${settingsFile ?? 'settings'}: ${settingsMatch[1] ?? '/'}: ${problem.message}`;
    return `bundle: ${problem.path || '/'}: ${problem.message}`;
  });
}
