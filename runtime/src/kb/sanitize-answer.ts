/**
 * Answers are a markdown subset rendered to customers by the widget and the console.
 * Whatever renders them, the stored text must be safe on its own: raw HTML (tags,
 * comments, `<script>` with its content, `on*` attributes inside tags) is removed, and
 * links and images keep only http(s) URLs — anything else (`javascript:`, `data:`,
 * `vbscript:`, relative or entity-obfuscated schemes) loses its URL and keeps its text.
 */

const DANGEROUS_BLOCKS = /<(script|style|iframe|object|embed|template|noscript)\b[\s\S]*?(<\/\1\s*>|$)/gi;
const HTML_COMMENT = /<!--[\s\S]*?(-->|$)/g;
/** An HTML tag or autolink: `<` followed by a letter, `/`, or `!`, up to the next `>`. */
const HTML_TAG = /<\/?[A-Za-z!][^>]*>?/g;
/** `[text](url "title")` and `![alt](url)`; the URL may be wrapped in `<>` and hold balanced parentheses. */
const INLINE_LINK = /(!?)\[([^\]\n]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)>?(?:\s+"[^"\n]*")?\s*\)/g;
/** Reference definitions `[id]: url` — the subset has no references; only safe ones stay. */
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s*(\S+).*$/gm;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function isSafeUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>"'`]+$/i.test(url);
}

export function sanitizeAnswer(answer: string): string {
  let text = answer.replace(/\r\n?/g, '\n').replace(CONTROL_CHARACTERS, '');
  // Repeat until stable: removing one tag must not assemble another (`<scr<script>ipt>`).
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(HTML_COMMENT, '').replace(DANGEROUS_BLOCKS, '').replace(HTML_TAG, '');
  }
  text = text.replace(INLINE_LINK, (whole, _bang: string, label: string, url: string) => {
    if (isSafeUrl(url)) return whole;
    return label;
  });
  text = text.replace(REFERENCE_DEFINITION, (whole, url: string) => (isSafeUrl(url.replace(/^<|>$/g, '')) ? whole : ''));
  return text.trim();
}
