import type { Locator, Page } from 'playwright-core';
import { ConsolePage } from './console-page.js';

/**
 * The flow editor, driven the way a designer uses it: the "New flow" gallery, dragging
 * node types from the palette, connecting ports by dragging, the config form, the
 * problems panel and saving. Selectors are the editor's stable data-testids; the canvas
 * (nodes, ports, edges) reads the same as on the read-only flow page.
 */
export class FlowEditorPage extends ConsolePage {
  constructor(
    page: Page,
    private readonly consoleUrl: string,
  ) {
    super(page, consoleUrl);
  }

  async gotoDraft(flowId: string): Promise<void> {
    await this.page.goto(`${this.consoleUrl}/drafts/${encodeURIComponent(flowId)}`);
    await this.canvas.waitFor();
  }

  /** From the flows page: New flow → blank (or a template) → name and id → the editor opens. */
  async createFlow(options: { name: string; id: string; template?: string; locale?: 'en' | 'zh-CN' }): Promise<void> {
    await this.page.goto(`${this.consoleUrl}/`);
    await this.page.getByTestId('flow-new').click();
    await this.page.getByTestId(`template-${options.template ?? 'blank'}`).click();
    await this.page.getByTestId('new-flow-name').fill(options.name);
    await this.page.getByTestId('new-flow-id').fill(options.id);
    if (options.locale) await this.page.getByTestId('new-flow-locale').selectOption(options.locale);
    await this.page.getByTestId('new-flow-create').click();
    await this.page.waitForURL(`**/drafts/${options.id}`);
    await this.canvas.waitFor();
  }

  /**
   * Drags a node type from the palette onto the canvas at (x, y) relative to the canvas's
   * top-left corner, with real HTML5 drag and drop; returns the new node's id.
   */
  async dragFromPalette(nodeType: string, x: number, y: number): Promise<string> {
    const before = new Set(await this.renderedNodeIds());
    await this.page.getByTestId(`palette-item-${nodeType}`).dragTo(this.canvas, { targetPosition: { x, y } });
    let added: string | undefined;
    for (let attempt = 0; attempt < 50 && added === undefined; attempt += 1) {
      added = (await this.renderedNodeIds()).find((id) => !before.has(id));
      if (added === undefined) await this.page.waitForTimeout(100);
    }
    if (added === undefined) throw new Error(`dropping ${nodeType} added no node`);
    return added;
  }

  /** Drags from a node's output port onto another node's card, which connects them. */
  async connect(sourceId: string, port: string, targetId: string): Promise<void> {
    await this.port(sourceId, port).dragTo(this.node(targetId), { targetPosition: { x: 40, y: 20 } });
  }

  async select(nodeId: string): Promise<void> {
    await this.node(nodeId).click({ position: { x: 60, y: 30 } });
    await this.configPanel.waitFor();
  }

  /** The selected node's panel (the read-only flow page's is `config-panel`). */
  override get configPanel(): Locator {
    return this.page.getByTestId('node-config-panel');
  }

  /** A field of the selected node's form, by its pointer inside the config (`/text`). */
  field(pointer: string): Locator {
    return this.configPanel.getByTestId(`field-${pointer.split('/').filter(Boolean).join('-')}`);
  }

  get problemsPanel(): Locator {
    return this.page.getByTestId('problems-panel');
  }

  /** The problems listed for one node. */
  problemsOf(nodeId: string): Locator {
    return this.problemsPanel.locator(`[data-testid="problem"][data-node-id="${nodeId}"]`);
  }

  get saveStatus(): Locator {
    return this.page.getByTestId('save-status');
  }

  /** Clicks Save and waits until the status says saved. */
  async save(): Promise<void> {
    await this.page.getByTestId('flow-save').click();
    await this.page.locator('[data-testid="save-status"][data-status="saved"]').waitFor();
  }

  get conflictDialog(): Locator {
    return this.page.getByTestId('conflict-dialog');
  }
}
