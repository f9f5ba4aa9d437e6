/**
 * A flow id suggested from its name ("Order status (EN)" → "order-status-en"); names
 * without Latin letters (中文名称) fall back to "flow". The user may still type another.
 */
export function suggestFlowId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .replace(/-+$/, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug === '' ? 'flow' : slug;
}
