/**
 * Unanswered questions as the chat logs them (a `none` decision of the kb-answer node),
 * written by the runtime's own KB service into the running server's database. Reaching
 * them through a published flow would change the current version the other specs check.
 */
import { createLogger, loadConfig, openServices } from '@kefu/runtime';

export interface LoggedQuestion {
  question: string;
  /** What the customer and the bot said before, oldest first. */
  context: { from: 'customer' | 'bot' | 'agent'; text: string }[];
}

export async function logUnanswered(databaseUrl: string, dataDir: string, kb: string, questions: LoggedQuestion[]): Promise<void> {
  const config = loadConfig({ KEFU_DATABASE_URL: databaseUrl, KEFU_DATA_DIR: dataDir });
  const services = await openServices({ config, logger: createLogger('warn'), kbRetrainDelayMs: null });
  try {
    for (const entry of questions) await services.app.kb.logUnanswered({ kb, reason: 'no-answer', ...entry });
  } finally {
    await services.close();
  }
}
