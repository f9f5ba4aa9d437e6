import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nContext, type I18n } from '../i18n/i18n-provider';
import { translate } from '../i18n/translate';
import type { SimulatorMessage } from './simulator-log';
import { SimulatorMessageView } from './simulator-message';

const i18n: I18n = { locale: 'en', setLocale: () => undefined, t: (key, params) => translate('en', key, params), formatDateTime: (iso) => iso };
const html = (message: SimulatorMessage) =>
  renderToStaticMarkup(createElement(I18nContext.Provider, { value: i18n }, createElement(SimulatorMessageView, { message, choicesActive: false, onChoice: () => undefined })));

describe('SimulatorMessageView', () => {
  it('renders an answer from the knowledge base as the widget does (markdown as elements), with its source', () => {
    const out = html({ kind: 'kb-answer', text: 'Open **My orders**, then:\n\n- tap *Track*', kb: 'default', articleId: 'a1' } as SimulatorMessage);
    expect(out).toContain('<div class="kb-answer"><p>Open <strong>My orders</strong>, then:</p><ul><li>tap <em>Track</em></li></ul></div>');
    expect(out).not.toContain('**');
    expect(out).toContain('default');
  });

  it('shows other messages as plain text, markup included', () => {
    const out = html({ kind: 'text', text: 'Hi **there** <b>!</b>' } as SimulatorMessage);
    expect(out).toContain('<div class="chat-bubble__text">Hi **there** &lt;b&gt;!&lt;/b&gt;</div>');
  });
});
