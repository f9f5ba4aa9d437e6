import { useEffect, type RefObject } from 'react';

interface Layoutable {
  layout(): void;
}

/** Re-lays an editor out when its container changes size (side panels open and close). */
export function useMonacoLayout(container: RefObject<HTMLElement | null>, editor: Layoutable | null): void {
  useEffect(() => {
    const element = container.current;
    if (!element || !editor) return;
    const observer = new ResizeObserver(() => editor.layout());
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, editor]);
}
