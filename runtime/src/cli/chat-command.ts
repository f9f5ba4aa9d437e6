/**
 * `kefu chat`: a conversation with the published bot in the terminal, through the
 * same ChatService as the public API. Buttons are listed as numbers; typing a number
 * picks that button. `/quit` or Ctrl-D leaves.
 */
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { LOCALES, type Locale } from '@kefu/schemas';
import type { ApiMessage } from '../chat/api-message.js';
import type { Choice } from '../engine/types.js';
import { isKefuError, KefuError } from '../errors.js';
import { withCliServices } from './cli-services.js';
import { printLine } from './cli-output.js';

export function registerChatCommand(program: Command): void {
  program
    .command('chat')
    .description('talk to the published bot in the terminal')
    .option('-l, --locale <locale>', `conversation locale (${LOCALES.join(', ')})`)
    .action(async (options: { locale?: string }) => {
      const locale = options.locale === undefined ? undefined : parseLocale(options.locale);
      await withCliServices(async ({ chat }) => {
        const started = await chat.startConversation(locale ? { locale } : {});
        let choices = show(started.messages);
        let status = started.status;
        const input = createInterface({ input: process.stdin, output: process.stdout });
        try {
          while (status === 'active') {
            let line: string;
            try {
              line = (await input.question('> ')).trim();
            } catch {
              break; // stdin closed (Ctrl-D)
            }
            if (line === '/quit') break;
            if (line === '') continue;
            const picked = /^\d+$/.test(line) ? choices[Number(line) - 1] : undefined;
            try {
              const reply = await chat.postMessage(started.conversationId, started.token, {
                clientMessageId: randomUUID(),
                ...(picked ? { choiceId: picked.id, text: picked.label } : { text: line }),
              });
              choices = show(reply.messages);
              status = reply.status;
            } catch (error) {
              if (!isKefuError(error)) throw error;
              printLine(`! ${error.message}`);
              if (error.code === 'KEFU_ERR_CONVERSATION_ENDED') status = 'ended';
            }
          }
        } finally {
          input.close();
        }
        if (status === 'ended') printLine('(conversation ended)');
      });
    });
}

/** Prints the bot's messages; returns the buttons of the last message that had any. */
function show(messages: readonly ApiMessage[]): Choice[] {
  let choices: Choice[] = [];
  for (const message of messages) {
    const prefix = message.role === 'system' ? '[system] ' : 'bot: ';
    printLine(`${prefix}${message.text}`);
    if (message.choices && message.choices.length > 0) {
      choices = message.choices;
      message.choices.forEach((choice, index) => printLine(`  ${index + 1}. ${choice.label}`));
    }
  }
  return choices;
}

function parseLocale(value: string): Locale {
  const locale = LOCALES.find((candidate) => candidate === value);
  if (!locale) throw new KefuError('KEFU_ERR_BAD_REQUEST', `Unknown locale "${value}"; use one of ${LOCALES.join(', ')}.`, { path: '/locale' });
  return locale;
}
