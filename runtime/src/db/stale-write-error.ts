/** A guarded statement of a lean transaction changed an unexpected number of rows. */
export class StaleWriteError extends Error {
  /** Index of the failing statement in the batch. */
  readonly statementIndex: number;

  constructor(statementIndex: number, changes: number, expected: number) {
    super(`statement ${statementIndex} changed ${changes} rows, expected ${expected}`);
    this.name = 'StaleWriteError';
    this.statementIndex = statementIndex;
  }
}
