// User Timing marks the benchmark and the closing note read in the browser:
//   messages:first-row    the first conversation row on screen (once per page load)
//   messages:thread-open  from choosing a conversation (or navigation start) to its messages on screen
const THREAD_START = "messages:thread-open:start";
let firstRowMarked = false;
let threadOpenPending: number | null = null;

const perf = () => (typeof performance === "undefined" ? null : performance);

export function markFirstRow() {
  if (firstRowMarked) return;
  firstRowMarked = true;
  perf()?.mark("messages:first-row");
}

export function markThreadOpenStart(conversationId: number) {
  threadOpenPending = conversationId;
  perf()?.mark(THREAD_START, { detail: { conversationId } });
}

export function measureThreadOpen(conversationId: number) {
  const p = perf();
  if (!p) return;
  // Opened by the URL itself: count from the navigation's start.
  const started = threadOpenPending === conversationId;
  if (threadOpenPending !== null && !started) return;
  threadOpenPending = -1;
  try {
    p.measure("messages:thread-open", {
      start: started ? THREAD_START : 0,
      detail: { conversationId },
    });
  } catch {
    // The start mark was cleared by someone else: nothing to measure.
  }
}
