import type { Locator, Page } from 'playwright-core';

/** The knowledge-base pages of the console, as a maintainer clicks through them. */
export class KbPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async open(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.page.getByTestId('nav-kb').click();
    await this.page.getByTestId('kb-base-select').waitFor();
  }

  /** Creates a knowledge base through the dialog and waits until it is the chosen one. */
  async createBase(name: string, title: string): Promise<void> {
    await this.page.getByTestId('kb-base-new').click();
    await this.page.getByTestId('kb-base-name').fill(name);
    await this.page.getByTestId('kb-base-title').fill(title);
    await this.page.getByTestId('kb-base-create').click();
    await this.page.waitForURL(`**/kb?kb=${name}`);
    await this.page.getByTestId('kb-base-dialog').waitFor({ state: 'detached' });
  }

  async tab(name: 'articles' | 'import' | 'unanswered' | 'test'): Promise<void> {
    await this.page.getByTestId(`kb-tab-${name}`).click();
  }

  /** Chooses a file in the import wizard; the wizard checks it at once (dry run). */
  async chooseImportFile(name: string, content: string): Promise<void> {
    await this.page.getByTestId('kb-import-file').setInputFiles({ name, mimeType: 'application/x-ndjson', buffer: Buffer.from(content) });
  }

  get importReport(): Locator {
    return this.page.getByTestId('kb-import-report');
  }

  articleRow(id: string): Locator {
    return this.page.getByTestId(`kb-article-row-${id}`);
  }

  async ask(question: string): Promise<void> {
    await this.page.getByTestId('kb-search-input').fill(question);
    await this.page.getByTestId('kb-search-submit').click();
  }

  get decision(): Locator {
    return this.page.getByTestId('kb-decision');
  }

  /** Article ids of the hits, best first. */
  async hitIds(): Promise<string[]> {
    return this.page
      .locator('[data-testid^="kb-hit-"]:not([data-testid^="kb-hit-score-"])')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')?.replace(/^kb-hit-/, '') ?? ''));
  }
}
