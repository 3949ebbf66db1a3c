// Scripts the pane benchmark (pane.ts) runs inside Chromium, as JavaScript source: the bench is compiled
// for Node (no DOM types), and what runs in the page must stand alone anyway. Every time is taken in the
// page with performance.now(), so Playwright's own round trips never count. "Painted" is one animation
// frame and a task after the DOM is ready: the frame the browser paints the change in has then passed. That
// task is posted "user-blocking" (scheduler.postTask): the harness page shares the pane's thread (a
// same-origin iframe) and queues its own sheet view's redraw after every batch, which a plain setTimeout
// waited behind (up to ~500 ms at 1,000 actions); in Excel another process draws the grid.

/**
 * Shared helpers, inlined into each script below. The issues heading reads "Issues (1,234)" (thousands
 * grouped, en-GB), or "Issues (12 of 1,234)" under a filter.
 */
const HELPERS = `
  const button = (text) =>
    [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === text);
  const busy = () => document.querySelector('main[aria-busy="true"]') !== null;
  const issuesHeading = () => {
    const h = [...document.querySelectorAll("button, h2")].find((e) => /^Issues \\([\\d,]+( of [\\d,]+)?\\)$/.test(e.textContent.trim()));
    return h ? h.textContent.trim() : null;
  };
  const painted = () =>
    new Promise((r) =>
      requestAnimationFrame(() => {
        if (window.scheduler && typeof window.scheduler.postTask === "function") {
          window.scheduler.postTask(r, { priority: "user-blocking" });
        } else setTimeout(r, 0);
      })
    );
  const until = (ready, timeoutMs) =>
    new Promise((resolve, reject) => {
      if (ready()) return resolve();
      const end = performance.now() + timeoutMs;
      const observer = new MutationObserver(() => {
        if (ready()) { observer.disconnect(); clearInterval(timer); resolve(); }
      });
      const timer = setInterval(() => {
        if (ready()) { observer.disconnect(); clearInterval(timer); resolve(); }
        else if (performance.now() > end) {
          observer.disconnect(); clearInterval(timer); reject(new Error("timed out waiting for the pane"));
        }
      }, 50);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    });
`;

/**
 * Init script for every frame: in the pane's iframe, records (epoch ms) when "Check this workbook" is first
 * enabled and painted: the pane is usable. The page's own frame is left alone.
 */
export const MARK_USABLE = `(() => {
  if (window === window.top) return;
  ${HELPERS}
  // the first paint shows the button enabled before the settings load starts (a few ms, or a round trip
  // with latency): every time it becomes usable again is recorded, and the bench waits for it to settle
  const ready = () => {
    const b = button("Check this workbook");
    return Boolean(b) && b.getAttribute("aria-disabled") !== "true" && !busy();
  };
  let was = false;
  const watch = () => {
    const now = ready();
    if (now && !was) painted().then(() => { if (ready()) window.__apcUsableAt = performance.timeOrigin + performance.now(); });
    was = now;
  };
  new MutationObserver(watch).observe(document, { subtree: true, childList: true, attributes: true });
})()`;

/**
 * In the pane: when it last became usable (from its own navigation and as an epoch time), whether it is
 * usable now and how long ago that was; null before it ever was.
 */
export const USABLE_AT = `(() => {
  if (window.__apcUsableAt === undefined) return null;
  const b = [...document.querySelectorAll("button")].find((e) => e.textContent.trim() === "Check this workbook");
  const ready = Boolean(b) && b.getAttribute("aria-disabled") !== "true" && !document.querySelector('main[aria-busy="true"]');
  const now = performance.timeOrigin + performance.now();
  return { epoch: window.__apcUsableAt, sinceNavigation: window.__apcUsableAt - performance.timeOrigin, ready, ageMs: now - window.__apcUsableAt };
})()`;

/**
 * In the pane: clicks "Check this workbook", resolves with ms until the report (verdict, "Check again",
 * "Issues (n)") is painted, and `doneMs` until the pane is free again (its highlights written).
 */
export const TIMED_CHECK = `(async (timeoutMs) => {
  ${HELPERS}
  const start = button("Check this workbook") || button("Check again");
  if (!start) throw new Error("the pane shows no Check button");
  const t0 = performance.now();
  start.click();
  await until(() => button("Check again") && issuesHeading() !== null, timeoutMs);
  await painted();
  const ms = performance.now() - t0;
  if (!busy()) return { ms, doneMs: ms };
  await until(() => !busy(), timeoutMs);
  await painted();
  return { ms, doneMs: performance.now() - t0 };
})`;

/**
 * In the pane, with a report on screen: a person's one-cell edit through the page's fake Excel (the pane
 * hears it as Excel's onChanged), then ms until the issue count shown has changed and is painted; also ms
 * from the pane's first Excel.run after the edit (the re-check itself, without any debounce), and the
 * path the pane's live check took (its "apc:live-check" performance mark).
 */
export const TIMED_RECHECK = `(async ({ sheet, address, value, timeoutMs, settleMs }) => {
  ${HELPERS}
  const before = issuesHeading();
  let firstRun = null;
  const original = window.Excel.run;
  window.Excel.run = (batch) => {
    if (firstRun === null) firstRun = performance.now();
    return original(batch);
  };
  // a person edits seconds after the report, not in the same frame: let the pane's change subscription
  // (one sync, after the report is shown) go through first, or the edit is never heard
  await new Promise((r) => setTimeout(r, settleMs));
  try {
    const t0 = performance.now();
    await window.parent.__apcDemoInspect.userEdit(sheet, address, [[value]]);
    await until(() => issuesHeading() !== before && !busy(), timeoutMs);
    await painted();
    const end = performance.now();
    // the path the pane's live check took (usePane marks it): "tables" or "workbook"
    const marks = performance.getEntriesByName("apc:live-check");
    const mark = marks.length ? marks[marks.length - 1].detail : null;
    return {
      ms: end - t0,
      workMs: firstRun === null ? null : end - firstRun,
      before,
      after: issuesHeading(),
      scope: mark ? mark.scope : null,
      why: mark ? mark.why : null,
    };
  } finally {
    window.Excel.run = original;
  }
})`;

/** In the pane, with a report on screen: "Build summary sheet", ms until the pane says it is written. */
export const TIMED_SUMMARY = `(async (timeoutMs) => {
  ${HELPERS}
  const b = button("Build summary sheet");
  if (!b) throw new Error("the pane shows no Build summary sheet button");
  const t0 = performance.now();
  b.click();
  await until(() => document.body.textContent.includes("Summary written") && !busy(), timeoutMs);
  await painted();
  return performance.now() - t0;
})`;

/** In the page: the fake workbook's sync count. */
export const PAGE_SYNCS = `window.__apcDemoInspect ? window.__apcDemoInspect.syncs() : 0`;
