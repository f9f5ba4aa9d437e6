import type { Locator, Page } from 'playwright-core';

/** The staff console, as a user clicks through it. Selectors are the console's data-testids. */
export class ConsolePage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  async gotoFlows(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.flowList.waitFor();
  }

  get flowList(): Locator {
    return this.page.getByTestId('flow-list');
  }

  /** Flow ids in the list, in order. */
  async listedFlowIds(): Promise<string[]> {
    const rows = this.flowList.locator('tbody tr');
    return rows.evaluateAll((elements) => elements.map((row) => row.querySelector('code')?.textContent ?? ''));
  }

  async openFlow(flowId: string): Promise<void> {
    await this.page.getByTestId(`flow-row-${flowId}`).getByRole('link').click();
    await this.canvas.waitFor();
  }

  get canvas(): Locator {
    return this.page.getByTestId('flow-canvas');
  }

  node(nodeId: string): Locator {
    return this.page.getByTestId(`node-${nodeId}`);
  }

  port(nodeId: string, port: string): Locator {
    return this.page.getByTestId(`node-port-${nodeId}-${port}`);
  }

  /** Ids of the nodes drawn on the canvas. */
  async renderedNodeIds(): Promise<string[]> {
    return this.canvas.locator('[data-testid^="node-"][data-node-type]').evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-testid')?.replace(/^node-/, '') ?? ''),
    );
  }

  /** Edges React Flow has drawn (each as an SVG group with its path). */
  get edges(): Locator {
    return this.canvas.locator('.react-flow__edge');
  }

  get configPanel(): Locator {
    return this.page.getByTestId('config-panel');
  }

  async switchLanguage(locale: 'en' | 'zh-CN'): Promise<void> {
    await this.page.getByTestId('lang-switch').selectOption(locale);
  }

  async gotoVersions(): Promise<void> {
    await this.page.getByTestId('nav-versions').click();
    await this.page.getByTestId('version-list').waitFor();
  }

  get versionList(): Locator {
    return this.page.getByTestId('version-list');
  }
}
