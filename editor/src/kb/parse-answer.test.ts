import { describe, expect, it } from 'vitest';
import { parseAnswer, parseInline, safeUrl } from './parse-answer';

describe('the answer markdown subset', () => {
  it('parses paragraphs, lists and inline marks', () => {
    expect(parseAnswer('Hello **you**\nthere\n\n- one\n- *two*\n\n1. first\n2) second')).toEqual([
      {
        kind: 'paragraph',
        inlines: [{ kind: 'text', text: 'Hello ' }, { kind: 'bold', children: [{ kind: 'text', text: 'you' }] }, { kind: 'break' }, { kind: 'text', text: 'there' }],
      },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'one' }], [{ kind: 'italic', children: [{ kind: 'text', text: 'two' }] }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'first' }], [{ kind: 'text', text: 'second' }]] },
    ]);
  });

  it('keeps http(s) links and images', () => {
    expect(parseInline('See [the **guide**](https://example.com/a?b=1) ![card](http://img.example/c.png)')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', href: 'https://example.com/a?b=1', children: [{ kind: 'text', text: 'the ' }, { kind: 'bold', children: [{ kind: 'text', text: 'guide' }] }] },
      { kind: 'text', text: ' ' },
      { kind: 'image', src: 'http://img.example/c.png', alt: 'card' },
    ]);
  });

  it('turns unsafe links into text and never produces markup from HTML', () => {
    expect(parseInline('[click](javascript:alert(1))')).toEqual([{ kind: 'text', text: 'click)' }]);
    expect(parseInline('![x](data:image/png;base64,AAAA)')).toEqual([{ kind: 'text', text: '![x](data:image/png;base64,AAAA)' }]);
    expect(parseInline('<script>alert(1)</script><img onerror=x>')).toEqual([{ kind: 'text', text: '<script>alert(1)</script><img onerror=x>' }]);
    expect(safeUrl('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeUrl('/relative')).toBeNull();
    expect(safeUrl('HTTPS://Example.com')).toBe('https://example.com/');
  });

  it('leaves a lone star or an empty answer alone', () => {
    expect(parseInline('2 * 3 = 6')).toEqual([{ kind: 'text', text: '2 * 3 = 6' }]);
    expect(parseAnswer('  \n\n ')).toEqual([]);
  });
});
