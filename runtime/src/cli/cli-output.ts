/**
 * The CLI's output: results on stdout, problems on stderr, one line at a time. Commands
 * print through these (never `console.*`) so what a script parses comes from one place,
 * apart from the structured JSON logs the server writes.
 */
export function printLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

export function printError(text: string): void {
  process.stderr.write(`${text}\n`);
}
