// Part 6: the inbox in Chromium against the production build, read from the User Timing marks the app
// sets (features/messages/lib/perf-marks.ts) and from the Long Tasks API while scrolling.
import { type BrowserContext, chromium, type Page } from "@playwright/test";
import { bigThreadId, chatwoot, chatwootApi, hubUrl } from "./context";
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
    const newContext = async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "es-CL" });
      await context.addCookies(
        identity.cookie.split("; ").map((pair) => {
          const at = pair.indexOf("=");
          return { name: pair.slice(0, at), value: pair.slice(at + 1), url: hubUrl };
        }),
      );
      await context.addInitScript(collectElementTimings);
      return context;
    };
    const listUrl = `${hubUrl}/${identity.slug}/messages?status=all`;
    const threadUrl = `${hubUrl}/${identity.slug}/messages/${bigThreadId}?status=all`;
    // One unmeasured visit of each page, so the server's first render of each is not counted.
    const warm = await newContext();
    await timeMark(warm, listUrl, "messages:first-row");
    await timeMark(warm, threadUrl, "messages:thread-open");

    // Cold visits: a new browser profile each, so nothing comes from its cache. "Shown" is when the
    // element was first painted (Element Timing), by the server's HTML or by script; "ready" is when
    // the script has taken over (the app's own User Timing marks).
    const firstRow: number[] = [];
    const firstRowReady: number[] = [];
    const thread: number[] = [];
    const threadReady: number[] = [];
    for (let i = 0; i < options.repeats; i++) {
      const cold = await newContext();
      const list = await visit(cold, listUrl, "messages:row", "messages:first-row");
      firstRow.push(list.shown);
      firstRowReady.push(list.ready);
      await cold.close();
      const coldThread = await newContext();
      const opened = await visit(coldThread, threadUrl, "messages:newest", "messages:thread-open");
      thread.push(opened.shown);
      threadReady.push(opened.ready);
      await coldThread.close();
    }
    record("browser.first_row", "first conversation row shown, cold visit (median)", round(median(firstRow)), "ms");
    record("browser.first_row_ready", "list ready to use, cold visit (median)", round(median(firstRowReady)), "ms");
    record(
      "browser.thread_open",
      "2,000+ message thread, newest shown, cold visit (median)",
      round(median(thread)),
      "ms",
    );
    record("browser.thread_ready", "that thread ready to use, cold visit (median)", round(median(threadReady)), "ms");

    // What staff do all day: the list is open and they choose a conversation in it. A customer's new
    // message puts the big thread at the top of the list, where the click finds it.
    const bump = await fetch(`${chatwootApi}/conversations/${bigThreadId}/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", api_access_token: chatwoot.token },
      body: JSON.stringify({ content: "¿Me confirman el despacho?", message_type: "incoming" }),
    });
    if (!bump.ok) throw new Error(`sandbox message create failed: ${bump.status}`);
    const clicks: number[] = [];
    for (let i = 0; i < options.repeats; i++) clicks.push(await openFromList(warm, listUrl));
    record(
      "browser.thread_click",
      "that thread from a click in the list, newest shown (median)",
      round(median(clicks)),
      "ms",
    );
    console.log(
      `  browser: first row ${firstRow.map((v) => round(v, 0))} (ready ${firstRowReady.map((v) => round(v, 0))}); ` +
        `thread ${thread.map((v) => round(v, 0))} (ready ${threadReady.map((v) => round(v, 0))}); click ${clicks.map((v) => round(v, 0))}`,
    );

    await scrollList(record, note, warm, listUrl, options);

    // Compressed JavaScript per tab on a cold visit, as the browser received it: every script response,
    // including chunks fetched after the load, until the network has been quiet for a second.
    const weights: string[] = [];
    for (const tab of tenantTabs) {
      const cold = await newContext();
      const kb = await scriptKilobytes(cold, `${hubUrl}/${identity.slug}/${tab}`);
      await cold.close();
      record(`browser.js.${tab}`, `JS of /${tab}, cold visit (compressed)`, round(kb, 0), "KB");
      weights.push(`${tab} ${round(kb, 0)}`);
    }
    console.log(`  JS per tab (KB): ${weights.join(", ")}`);
    await warm.close();
  } finally {
    await browser.close();
  }
}

const tenantTabs = ["overview", "messages", "contacts", "automation", "kpis", "settings"] as const;

/** Sums the bytes on the wire (encoded body, so compressed) of every script the page loads. */
async function scriptKilobytes(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const scripts = new Map<string, number>();
    let last = Date.now();
    page.on("requestfinished", async (request) => {
      last = Date.now();
      if (request.resourceType() !== "script") return;
      const sizes = await request.sizes().catch(() => null);
      // Each script once; a size below 0 is one served from the browser's memory, not the network.
      if (sizes && sizes.responseBodySize > 0) scripts.set(request.url(), sizes.responseBodySize);
    });
    await page.goto(url, { waitUntil: "load" });
    while (Date.now() - last < 1_000) await page.waitForTimeout(200);
    return [...scripts.values()].reduce((sum, b) => sum + b, 0) / 1024;
  } finally {
    await page.close();
  }
}

type TimedWindow = Window & { __elementTimes?: { [name: string]: number }; __pressedAt?: number };

/** Runs in every page before its own scripts: the first paint time of each Element Timing name. */
function collectElementTimings() {
  const w = window as TimedWindow;
  w.__elementTimes = {};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
      const times = w.__elementTimes as { [name: string]: number };
      const at = entry.renderTime || entry.startTime;
      if (!(entry.identifier in times) || at < times[entry.identifier]) times[entry.identifier] = at;
    }
  }).observe({ type: "element", buffered: true });
  // When a click really began, in the page's own clock (the driver's own steps before it do not count).
  window.addEventListener(
    "pointerdown",
    (event) => {
      w.__pressedAt = event.timeStamp;
    },
    true,
  );
}

/** Loads the URL in a new tab: when the element named `shown` was first painted, and when `ready` landed. */
async function visit(context: BrowserContext, url: string, shown: string, ready: string) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    const readyAt = await waitForMark(page, ready);
    const shownAt = await page
      .waitForFunction((n) => (window as TimedWindow).__elementTimes?.[n] ?? null, shown, {
        timeout: 30_000,
        polling: 50,
      })
      .then((h) => h.jsonValue() as Promise<number>);
    return { shown: shownAt, ready: readyAt };
  } finally {
    await page.close();
  }
}

/** With the list open, clicks the big thread's row: from the click to its newest message painted. */
async function openFromList(context: BrowserContext, listUrl: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(listUrl);
    await waitForMark(page, "messages:first-row");
    const row = page.locator(`[data-conversation-id="${bigThreadId}"]`).first();
    await row.waitFor({ timeout: 30_000 });
    await row.click();
    const { pressedAt, shownAt } = await page
      .waitForFunction(
        () => {
          const w = window as TimedWindow;
          const at = w.__elementTimes?.["messages:newest"];
          return at !== undefined && w.__pressedAt !== undefined && at > w.__pressedAt
            ? { pressedAt: w.__pressedAt, shownAt: at }
            : null;
        },
        undefined,
        { timeout: 30_000, polling: 50 },
      )
      .then((h) => h.jsonValue() as Promise<{ pressedAt: number; shownAt: number }>);
    return shownAt - pressedAt;
  } finally {
    await page.close();
  }
}

/** When the User Timing mark (or measure) landed, from navigation start. */
async function waitForMark(page: Page, name: string): Promise<number> {
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
}

/** Loads the URL in a new tab and reads when the mark landed. */
async function timeMark(context: BrowserContext, url: string, name: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    return await waitForMark(page, name);
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
