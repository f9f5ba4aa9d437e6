/**
 * Code `npm run bench:editor` runs inside the editor page. Kept as source text because
 * the runtime is compiled without DOM types; each is an expression Playwright evaluates.
 */

/** performance.now() once the canvas shows its nodes, else 0 (polled once per frame). */
export const CANVAS_READY = `(() => document.querySelectorAll('.react-flow__node').length > 0 && document.querySelector('[data-testid="problems-panel"]') ? performance.now() : 0)()`;

/** Durations (ms) of every flow validation the editor measured so far. */
export const VALIDATION_DURATIONS = `performance.getEntriesByName('kefu:validate-flow').map((entry) => entry.duration)`;

/** How many node cards are in the DOM (React Flow may render only the visible ones). */
export const RENDERED_NODES = `document.querySelectorAll('.react-flow__node').length`;

/** A point on the empty canvas pane (dragging there pans), or null. */
export const EMPTY_PANE_POINT = `(() => {
  const pane = document.querySelector('.react-flow__pane');
  if (!pane) return null;
  const box = pane.getBoundingClientRect();
  for (let y = box.top + 20; y < box.bottom - 20; y += 15) {
    for (let x = box.left + 20; x < box.right - 20; x += 15) {
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.classList.contains('react-flow__pane')) return { x, y };
    }
  }
  return null;
})()`;

/** Starts recording the timestamp of every animation frame. */
export const START_FRAMES = `(() => {
  window.__kefuFrames = [];
  window.__kefuFramesOn = true;
  const loop = (time) => { window.__kefuFrames.push(time); if (window.__kefuFramesOn) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
})()`;

/** Stops recording and returns the frame timestamps. */
export const STOP_FRAMES = `(() => { window.__kefuFramesOn = false; return window.__kefuFrames; })()`;
