/**
 * Runs `callback` once Fluent's focus manager has lifted the aria-hidden a modal dialog put on the page
 * (it does so a moment after the dialog closes). Navigating before that leaves the next page hidden
 * from assistive technology, so dialogs that lead elsewhere navigate from here. Gives up waiting after `maxMs`.
 */
export function whenModalReleased(callback: () => void, maxMs = 2000): void {
  const started = performance.now();
  const check = () => {
    const main = document.getElementById("main");
    const hidden = main?.closest('[aria-hidden="true"]');
    if (!hidden || performance.now() - started > maxMs) callback();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}
