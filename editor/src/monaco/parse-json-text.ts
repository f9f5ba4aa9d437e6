/** The outcome of parsing the JSON view's text: the value, or where and why it failed (1-based). */
export type ParsedJson = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/**
 * Parses the JSON view's text. On a syntax error it finds the line and column from
 * the engine's "position N" so the view can point at it while keeping the text.
 */
export function parseJsonText(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    if (lineColumn) return { ok: false, line: Number(lineColumn[1]), column: Number(lineColumn[2]), message: stripPosition(message) };
    const position = /position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const before = text.slice(0, offset).split('\n');
    return { ok: false, line: before.length, column: (before.at(-1)?.length ?? 0) + 1, message: stripPosition(message) };
  }
}

function stripPosition(message: string): string {
  return message.replace(/\s*(in JSON )?at position \d+( \(line \d+ column \d+\))?/, '').trim();
}
