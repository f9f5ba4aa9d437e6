/**
 * A very small history-API router: the console has a handful of pages and the
 * runtime answers every unknown path with index.html, so deep links work.
 */
import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'kefu:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const currentHref = () => window.location.pathname + window.location.search;

export function navigate(href: string): void {
  if (href === currentHref()) return;
  window.history.pushState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  window.scrollTo(0, 0);
}

/** Goes to `href` without leaving a history entry (a redirect the user did not ask for). */
export function replace(href: string): void {
  if (href === currentHref()) return;
  window.history.replaceState(null, '', href);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** The current path and query, re-rendering on navigation. */
export function useLocation(): URL {
  const href = useSyncExternalStore(subscribe, currentHref);
  return new URL(href, window.location.origin);
}
