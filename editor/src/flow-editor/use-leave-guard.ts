import { useEffect } from 'react';

/**
 * While `unsaved`, leaving asks first: closing or reloading the tab (the browser's own
 * prompt) and following a link inside the console (`message` in a confirm). A link click
 * refused here is prevented before the console's router sees it.
 */
export function useLeaveGuard(unsaved: boolean, message: string): void {
  useEffect(() => {
    if (!unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('click', onClick, true);
    };
  }, [unsaved, message]);
}
