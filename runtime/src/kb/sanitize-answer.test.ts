import { describe, expect, it } from 'vitest';
import { sanitizeAnswer } from './sanitize-answer.js';

describe('sanitizeAnswer', () => {
  it('keeps the markdown subset as written', () => {
    const answer = 'Call us:\n\n- **Phone**: 95588\n- *Web*: [our site](https://example.com/help "Help")\n\n![card](https://example.com/card.png)';
    expect(sanitizeAnswer(answer)).toBe(answer);
  });

  it('drops javascript:, data: and obfuscated link targets but keeps the text', () => {
    expect(sanitizeAnswer('[click](javascript:alert(1))')).toBe('click');
    expect(sanitizeAnswer('[x](JaVaScRiPt:alert(1)) and ![img](data:image/png;base64,AAAA)')).toBe('x and img');
    expect(sanitizeAnswer('[x](javascript&#58;alert(1))')).toBe('x');
    expect(sanitizeAnswer('[x](/relative/path)')).toBe('x');
    expect(sanitizeAnswer('[a]: javascript:alert(1)\n[b]: https://ok.example')).toBe('[b]: https://ok.example');
  });

  it('removes script blocks with their content, tags, comments and on* attributes', () => {
    expect(sanitizeAnswer('Hi<script>alert(1)</script> there')).toBe('Hi there');
    expect(sanitizeAnswer('<img src=x onerror="alert(1)">after')).toBe('after');
    expect(sanitizeAnswer('<a href="https://x" onclick="steal()">link</a>')).toBe('link');
    expect(sanitizeAnswer('a<!-- hidden <script> -->b')).toBe('ab');
    expect(sanitizeAnswer('<scr<script>ipt>alert(1)</script>')).not.toMatch(/<script/i);
    expect(sanitizeAnswer('unclosed <script>alert(1)')).toBe('unclosed');
  });

  it('keeps comparisons that are not tags', () => {
    expect(sanitizeAnswer('Fee is < 5 CNY when amount > 100')).toBe('Fee is < 5 CNY when amount > 100');
  });
});
