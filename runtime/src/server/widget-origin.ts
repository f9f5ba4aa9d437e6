/**
 * Which web pages may open the chat WebSocket. Browsers always send `Origin` on a
 * WebSocket handshake and do not apply CORS to it, so without this check any site
 * could script a visitor's browser into the chat. Requests without `Origin` are not
 * from a browser page (CLI, server-side integrations) and are allowed.
 */

export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (origin === undefined) return true;
  if (allowed.includes('*')) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (sandboxed frames, file://) and garbage
  }
  if (host !== undefined && url.host === host.toLowerCase()) return true;
  return allowed.includes(url.origin);
}
