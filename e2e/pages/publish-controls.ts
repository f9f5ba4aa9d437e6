import type { Locator, Page } from 'playwright-core';

/**
 * The editor's simulator panel and publish dialog, by their stable data-testids
 * (`simulator-*`, `flow-publish`, `publish-confirm`). Used beside FlowEditorPage.
 */
export class PublishControls {
  constructor(readonly page: Page) {}

  async openSimulator(): Promise<void> {
    await this.page.getByTestId('simulator-open').click();
    await this.page.getByTestId('simulator-panel').waitFor();
  }

  get botMessages(): Locator {
    return this.page.getByTestId('simulator-message');
  }

  /** Waits until the simulator has shown at least `count` bot messages; returns their texts. */
  async botTexts(count: number): Promise<string[]> {
    await this.botMessages.nth(count - 1).waitFor();
    return this.botMessages.allTextContents();
  }

  async say(text: string): Promise<void> {
    await this.page.getByTestId('simulator-input').fill(text);
    await this.page.getByTestId('simulator-send').click();
  }

  async choose(choiceId: string): Promise<void> {
    await this.page.getByTestId(`simulator-choice-${choiceId}`).last().click();
  }

  /** Opens the publish dialog, waits for the change list, fills the message and confirms. */
  async openPublish(): Promise<Locator> {
    await this.page.getByTestId('flow-publish').click();
    const dialog = this.page.getByTestId('publish-dialog');
    await dialog.getByTestId('flow-diff').waitFor();
    return dialog;
  }

  async confirmPublish(message: string): Promise<void> {
    await this.page.getByTestId('publish-message').fill(message);
    await this.page.getByTestId('publish-confirm').click();
    await this.page.getByTestId('publish-done').waitFor();
  }
}
