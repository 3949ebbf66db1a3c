/** Longest wait for a frame: a hidden pane gets no animation frames, and its highlights must not wait. */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the browser has painted what React last committed (the first task after the next
 * animation frame), or after FRAME_WAIT_MS when no frame comes (a hidden or minimised pane).
 */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, FRAME_WAIT_MS);
    if (typeof requestAnimationFrame !== "function") return;
    // a plain task, not a prioritised one: what is queued by then (the person's input) goes first
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0)
    );
  });
}
