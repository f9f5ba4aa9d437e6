import type { JsonSchema, Locale } from '@kefu/schemas';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nContext, type I18n } from '../i18n/i18n-provider';
import { translate } from '../i18n/translate';
import { SchemaForm, type SchemaFormProps } from './schema-form';
import { schemas } from './test-schemas';

/** The form rendered to HTML (no DOM needed); Monaco inputs render their plain fallback. */
function render(schema: JsonSchema, value: unknown, extra: Partial<SchemaFormProps> = {}, locale: Locale = 'en'): string {
  const i18n: I18n = { locale, setLocale: () => undefined, t: (key, params) => translate(locale, key, params), formatDateTime: (iso) => iso };
  const form = createElement(SchemaForm, { schema, value, onChange: () => undefined, locale, variables: ['name', 'tier'], ...extra });
  return renderToStaticMarkup(createElement(I18nContext, { value: i18n }, form));
}

describe('SchemaForm rendering', () => {
  it('renders every field of message with stable test ids and labels', () => {
    const html = render(schemas.message, { text: 'Hi {{vars.name}}', buttons: [{ id: 'yes', label: 'Yes' }] });
    for (const testId of ['field-text', 'field-text-insert-variable', 'field-buttons', 'field-buttons-0-id', 'field-buttons-0-label', 'field-buttons-add', 'field-buttons-0-remove']) {
      expect(html).toContain(`data-testid="${testId}"`);
    }
    expect(html).toMatch(/<label[^>]*for="[^"]*field-buttons-0-label"[^>]*>Button text/);
    expect(html).toContain('Add button');
  });

  it('uses the zh-CN titles from x-ui', () => {
    const html = render(schemas.ask, { prompt: 'x', variable: 'name', validation: { kind: 'text' } }, {}, 'zh-CN');
    expect(html).toContain('提问内容');
    expect(html).toContain('答案保存到');
    expect(html).toContain('任意文本');
    // x-ui.order puts the retry message before the retries
    expect(html.indexOf('重试提示')).toBeLessThan(html.indexOf('重试次数'));
  });

  it('shows problems found while typing at their field and marks the input invalid', () => {
    const html = render(schemas.message, { text: '', buttons: [{ id: '1x', label: 'A' }] });
    expect(html).toMatch(/data-testid="field-buttons-0-id"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*data-testid="field-buttons-0-id"/);
    expect(html).toContain('data-testid="problem-field-text"');
    expect(html).toContain('data-testid="problem-field-buttons-0-id"');
  });

  it('shows the editor problems given with absolute pointers', () => {
    const html = render(schemas.end, {}, { problems: [{ pointer: '/nodes/4/config/message', message: 'Checked by the server' }], pathPrefix: '/nodes/4/config' });
    expect(html).toContain('Checked by the server');
    expect(html).toContain('data-testid="problem-field-message"');
  });

  it('renders expressions, variables and conditional fields of the built-ins', () => {
    const condition = render(schemas.condition, { branches: [{ id: 'vip', when: 'vars.tier == 1' }] });
    expect(condition).toContain('data-testid="field-branches-0-when"');
    expect(condition).toContain('value="vars.tier == 1"');
    const setVariable = render(schemas['set-variable'], { assignments: [{ variable: 'ghost', value: '1' }] });
    expect(setVariable).toContain('ghost (not declared)');
  });

  it('falls back to JSON for shapes it does not render, and says when there is nothing to set', () => {
    const odd: JsonSchema = { type: 'object', properties: { matrix: { type: 'array', items: { type: 'array' } } } };
    expect(render(odd, { matrix: [[1]] })).toContain('data-testid="field-matrix"');
    expect(render({ type: 'object', properties: {} }, {})).toContain('This node has no settings.');
  });

  it('renders a oneOf of objects as a variant select with the chosen fields', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        target: {
          title: 'Target',
          oneOf: [
            { title: 'Email', type: 'object', properties: { kind: { const: 'email' }, address: { type: 'string', title: 'Address' } }, required: ['kind', 'address'] },
            { title: 'Ticket', type: 'object', properties: { kind: { const: 'ticket' }, queue: { type: 'string', title: 'Queue' } }, required: ['kind', 'queue'] },
          ],
        },
      },
    };
    const html = render(schema, { target: { kind: 'ticket', queue: 'billing' } });
    expect(html).toContain('data-testid="field-target-kind"');
    expect(html).toMatch(/<option value="1" selected="">Ticket<\/option>/);
    expect(html).toContain('data-testid="field-target-queue"');
    expect(html).not.toContain('field-target-address');
  });

  it('shows a nested unknown field once, at its object', () => {
    const html = render(schemas.ask, { prompt: 'x', variable: 'name', validation: { kind: 'text', colour: 1 } });
    expect(html.match(/colour/g)).toHaveLength(1);
  });
});
