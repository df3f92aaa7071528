// Part 6: the inbox in Chromium against the production build, read from the User Timing marks the app
// sets (features/messages/lib/perf-marks.ts) and from the Long Tasks API while scrolling.
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import { bigThreadId, hubUrl } from "./context";
import type { Record } from "./figures";
import type { Identity } from "./hub-session";
import { median, round } from "./stats";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function browserTimings(
  record: Record,
  note: (text: string) => void,
  identity: Identity,
  options: { repeats: number; scrollRows: number; scrollSeconds: number },
) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "es-CL" });
    await context.addCookies(
      identity.cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: hubUrl };
      }),
    );
    const listUrl = `${hubUrl}/${identity.slug}/messages?status=all`;

    // One unmeasured visit of each page, so the figures are a returning agent's, not the server's first render.
    await timeMark(context, listUrl, "messages:first-row");
    const firstRow: number[] = [];
    for (let i = 0; i < options.repeats; i++) firstRow.push(await timeMark(context, listUrl, "messages:first-row"));
    record("browser.first_row", "first conversation row (median)", round(median(firstRow)), "ms");

    const threadUrl = `${hubUrl}/${identity.slug}/messages/${bigThreadId}?status=all`;
    await timeMark(context, threadUrl, "messages:thread-open");
    const thread: number[] = [];
    for (let i = 0; i < options.repeats; i++) thread.push(await timeMark(context, threadUrl, "messages:thread-open"));
    record("browser.thread_open", "open the 2,000+ message thread (median)", round(median(thread)), "ms");
    console.log(`  browser: first row ${firstRow.map((v) => round(v, 0))}; thread ${thread.map((v) => round(v, 0))}`);

    await scrollList(record, note, context, listUrl, options);
  } finally {
    await browser.close();
  }
}

/** Loads the URL in a new tab and reads when the mark (or measure) landed, from navigation start. */
async function timeMark(context: BrowserContext, url: string, name: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const handle = await page.waitForFunction(
      (n) => {
        const entry = performance.getEntriesByName(n)[0];
        // A mark's time is its startTime; a measure's is its end.
        return entry ? (entry.entryType === "measure" ? entry.startTime + entry.duration : entry.startTime) : null;
      },
      name,
      { timeout: 30_000, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

type LongTaskWindow = Window & { __longTasks?: number[] };

async function scrollList(
  record: Record,
  note: (text: string) => void,
  context: BrowserContext,
  url: string,
  options: { scrollRows: number; scrollSeconds: number },
) {
  const page = await context.newPage();
  try {
    await page.addInitScript(() => {
      const w = window as LongTaskWindow;
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__longTasks?.push(entry.duration);
      }).observe({ type: "longtask", buffered: true });
    });
    await page.goto(url);
    const list = page.getByTestId("conversation-list");
    await list.locator("[data-conversation-id]").first().waitFor({ timeout: 30_000 });
    const box = await list.boundingBox();
    if (!box) throw new Error("the conversation list has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // Only what happens while scrolling counts, not the page load before it.
    await page.evaluate(() => {
      (window as LongTaskWindow).__longTasks = [];
    });

    const started = Date.now();
    let rows = 0;
    while (Date.now() - started < options.scrollSeconds * 1000) {
      await page.mouse.wheel(0, 900);
      await page.waitForTimeout(40);
      rows = await loadedRows(page);
      if (rows >= options.scrollRows) break;
    }
    const seconds = (Date.now() - started) / 1000;
    const tasks = await page.evaluate(() => (window as LongTaskWindow).__longTasks ?? []);
    if (rows < options.scrollRows) note(`scroll: reached ${rows} of ${options.scrollRows} rows in ${round(seconds)} s`);
    record("browser.scroll_rows", `rows scrolled through (of 10,000) in ${round(seconds, 0)} s`, rows, "count");
    record("browser.long_tasks", "long tasks > 50 ms while scrolling", tasks.length, "count");
    record("browser.long_task_ms", "time in long tasks while scrolling", round(tasks.reduce((s, d) => s + d, 0)), "ms");
    record("browser.long_task_max", "longest task while scrolling", round(tasks.length ? Math.max(...tasks) : 0), "ms");
    console.log(`  scroll: ${rows} rows in ${round(seconds)} s, ${tasks.length} long tasks`);
  } finally {
    await page.close();
  }
}

/** Rows the list holds so far: the virtualized list's full height over one row's. */
function loadedRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const list = document.querySelector('[data-testid="conversation-list"] ul');
    const row = list?.querySelector("li");
    if (!list || !row) return 0;
    return Math.round(list.getBoundingClientRect().height / row.getBoundingClientRect().height);
  });
}
