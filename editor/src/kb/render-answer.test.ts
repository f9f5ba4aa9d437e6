import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RenderAnswer } from './render-answer';

const render = (source: string) => renderToStaticMarkup(createElement(RenderAnswer, { source }));

describe('the answer preview', () => {
  it('renders the markdown subset as elements', () => {
    expect(render('Hi **there**\n\n- [guide](https://example.com/g)\n- ![card](https://img.example/c.png)')).toBe(
      '<div class="kb-answer"><p>Hi <strong>there</strong></p><ul>' +
        '<li><a href="https://example.com/g" target="_blank" rel="noopener noreferrer nofollow">guide</a></li>' +
        '<li><img src="https://img.example/c.png" alt="card" referrerPolicy="no-referrer" loading="lazy"/></li></ul></div>',
    );
  });

  it('shows HTML and unsafe links as text, never as markup', () => {
    const html = render('<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href');
    expect(html).toContain('&lt;script&gt;');
  });
});
