import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RenderAnswer } from '../kb/render-answer';

/** What the chat widget shows for a `kb-answer` message (the console's answer renderer, reused). */
const html = (source: string) => renderToStaticMarkup(createElement(RenderAnswer, { source }));

describe('answers in the chat widget', () => {
  it('renders the markdown subset as elements, links opening safely in a new tab', () => {
    expect(html('Open **My orders**:\n\n- tap *Track*\n- see [the guide](https://example.com/guide)')).toBe(
      '<div class="kb-answer"><p>Open <strong>My orders</strong>:</p><ul><li>tap <em>Track</em></li>' +
        '<li>see <a href="https://example.com/guide" target="_blank" rel="noopener noreferrer nofollow">the guide</a></li></ul></div>',
    );
    expect(html('![map](https://example.com/m.png)')).toContain('<img src="https://example.com/m.png" alt="map"');
  });

  it('never turns an answer into markup: HTML, script links and data images stay text', () => {
    const out = html('<img src=x onerror="alert(1)"> [click](javascript:alert(1)) ![x](data:image/png;base64,AAA) <b>hi</b>');
    expect(out).not.toMatch(/<img|<a |<b>/);
    expect(out).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });
});
