/**
 * The answer's markdown subset (paragraphs, lists, **bold**, *italic*, links, images),
 * parsed into a small tree that React renders as elements: no HTML string is ever built,
 * so nothing in an answer can inject markup. The store sanitises on save as well; the
 * preview must be just as safe while the text is still being typed.
 */
export type AnswerInline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; children: AnswerInline[] }
  | { kind: 'italic'; children: AnswerInline[] }
  | { kind: 'link'; href: string; children: AnswerInline[] }
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'break' };

export type AnswerBlock = { kind: 'paragraph'; inlines: AnswerInline[] } | { kind: 'list'; ordered: boolean; items: AnswerInline[][] };

// One alternation, tried left to right: image, link, bold, italic, line break.
const INLINE = /!\[([^\]\n]*)\]\(([^)\s]+)\)|\[([^\]\n]+)\]\(([^)\s]+)\)|\*\*([^\n]+?)\*\*|\*([^*\n]+)\*|\n/g;
const LIST_ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

/** Only absolute http(s) URLs are followed; anything else (javascript:, data:, relative) stays text. */
export function safeUrl(url: string): string | null {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

export function parseInline(text: string): AnswerInline[] {
  const out: AnswerInline[] = [];
  const pushText = (value: string) => {
    if (!value) return;
    const last = out.at(-1);
    if (last?.kind === 'text') last.text += value;
    else out.push({ kind: 'text', text: value });
  };
  let at = 0;
  for (const match of text.matchAll(INLINE)) {
    const [whole, imageAlt, imageUrl, linkText, linkUrl, bold, italic] = match;
    pushText(text.slice(at, match.index));
    at = match.index + whole.length;
    if (imageUrl !== undefined) {
      const src = safeUrl(imageUrl);
      if (src) out.push({ kind: 'image', src, alt: imageAlt ?? '' });
      else pushText(whole);
    } else if (linkUrl !== undefined) {
      const href = safeUrl(linkUrl);
      if (href) out.push({ kind: 'link', href, children: parseInline(linkText ?? '') });
      else pushText(linkText ?? '');
    } else if (bold !== undefined) {
      out.push({ kind: 'bold', children: parseInline(bold) });
    } else if (italic !== undefined) {
      out.push({ kind: 'italic', children: parseInline(italic) });
    } else {
      out.push({ kind: 'break' });
    }
  }
  pushText(text.slice(at));
  return out;
}

/** Blocks are separated by blank lines; a block whose every line is a list item is a list. */
export function parseAnswer(source: string): AnswerBlock[] {
  const blocks: AnswerBlock[] = [];
  for (const chunk of source.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const items = lines.map((line) => LIST_ITEM.exec(line));
    if (items.every((item) => item !== null)) {
      blocks.push({ kind: 'list', ordered: items[0]?.[2] !== undefined, items: items.map((item) => parseInline(item?.[3] ?? '')) });
    } else {
      blocks.push({ kind: 'paragraph', inlines: parseInline(lines.map((line) => line.trim()).join('\n')) });
    }
  }
  return blocks;
}
