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

  /** Moves a node by dragging its card so its top-left corner lands near (x, y) of the canvas. */
  async moveNode(nodeId: string, x: number, y: number): Promise<void> {
    const from = await this.node(nodeId).boundingBox();
    const canvas = await this.canvas.boundingBox();
    if (!from || !canvas) throw new Error(`node ${nodeId} or the canvas is not visible`);
    await this.page.mouse.move(from.x + 10, from.y + 10);
    await this.page.mouse.down();
    // Several steps: the canvas starts a drag only after the pointer has moved a little.
    await this.page.mouse.move(canvas.x + x + 10, canvas.y + y + 10, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Zooms the canvas out with its "−" control, `steps` times, to make room for more nodes. */
  async zoomOut(steps: number): Promise<void> {
    for (let step = 0; step < steps; step += 1) await this.canvas.locator('.react-flow__controls-zoomout').click();
  }

  /** Waits until the canvas has stopped panning or zooming (zoom to fit animates). */
  async viewportSettled(): Promise<void> {
    const viewport = this.canvas.locator('.react-flow__viewport');
    let previous = await viewport.getAttribute('style');
    for (let attempt = 0; attempt < 30; attempt += 1) {
      await this.page.waitForTimeout(100);
      const current = await viewport.getAttribute('style');
      if (current === previous) return;
      previous = current;
    }
    throw new Error('the canvas kept moving');
  }

  /** Clicks a node and waits until the panel shows its form (not the previous node's). */
  async select(nodeId: string): Promise<void> {
    await this.node(nodeId).click({ position: { x: 60, y: 30 } });
    await this.page.locator(`[data-testid="node-config-panel"][data-node-id="${nodeId}"]`).waitFor();
  }

  /** The selected node's panel (the read-only flow page's is `config-panel`). */
  override get configPanel(): Locator {
    return this.page.getByTestId('node-config-panel');
  }

  /** A field of the selected node's form, by its pointer inside the config (`/text`). */
  field(pointer: string): Locator {
    return this.configPanel.getByTestId(fieldTestId(pointer));
  }

  /**
   * Fills item `index` of a list of objects (choices, branches) by its fields' names;
   * "Add" is clicked first when the item is not there yet.
   */
  async fillListItem(listPointer: string, index: number, values: Record<string, string>): Promise<void> {
    const item = this.field(`${listPointer}/${index}`);
    if ((await item.count()) === 0) await this.configPanel.getByTestId(`${fieldTestId(listPointer)}-add`).click();
    await item.waitFor();
    for (const [name, value] of Object.entries(values)) await this.field(`${listPointer}/${index}/${name}`).fill(value);
  }

  /**
   * Replaces the text of an expression field once its Monaco editor has loaded (typed
   * in one go, so completion and auto-closed quotes do not change it), then closes any
   * suggestion list.
   */
  async fillExpression(pointer: string, text: string): Promise<void> {
    const lines = this.field(pointer).locator('.monaco-editor .view-lines');
    await lines.click();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.insertText(text);
    await this.page.keyboard.press('Escape');
    await this.page.waitForFunction(
      ({ selector, expected }) => document.querySelector(selector)?.textContent?.replace(/\u00a0/g, ' ') === expected,
      { selector: `[data-testid="node-config-panel"] [data-testid="${fieldTestId(pointer)}"] .view-lines`, expected: text },
    );
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

/** The form's test id for a pointer inside the config: `/buttons/0/label` → `field-buttons-0-label`. */
function fieldTestId(pointer: string): string {
  return `field-${pointer.split('/').filter(Boolean).join('-')}`;
}
