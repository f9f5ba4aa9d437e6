import type { Locator, Page } from 'playwright-core';

/** The "Try the bot" widget, driven like a customer would. */
export class ChatPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/chat`);
    await this.input.waitFor();
  }

  get input(): Locator {
    return this.page.getByTestId('chat-input');
  }

  get messages(): Locator {
    return this.page.getByTestId('chat-message');
  }

  botMessages(): Locator {
    return this.page.locator('[data-testid="chat-message"][data-role="bot"]');
  }

  /** Waits until at least `count` bot messages are shown and returns their texts. */
  async waitForBotMessages(count: number): Promise<string[]> {
    await this.botMessages().nth(count - 1).waitFor();
    return this.botMessages().locator('.chat-bubble__text').allTextContents();
  }

  /** Clicks a quick-reply button that is still active, by its label. */
  async choose(label: string): Promise<void> {
    await this.page.locator('.chat-choice:not([disabled])', { hasText: label }).first().click();
  }

  async send(text: string): Promise<void> {
    await this.input.fill(text);
    await this.page.getByTestId('chat-send').click();
  }
}
