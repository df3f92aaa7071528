// `npx tsx scripts/dev-reload-check.ts [--starts 5] [--seconds 60]`: cold-starts `npm run dev` several
// times, each from a fresh DATA_DIR, opens /sign-in in Chromium within 5 s of Next's ready line, and
// counts the page's loads and the dev log's `Compiled` lines over the window; then signs in with the
// demo. Prints one row per start and exits 1 if any start reloaded more than once or looped.
// Too slow for `npm test` (about a minute and a half per start); tests/dev/ has the one-start version.
// PORT and SANDBOX_PORT choose the ports (3000 and 4100 otherwise, as `npm run dev`). `--open-after demo`
// waits for the "Demo integrations" line instead, as a newcomer reading the banner would; HEADFUL=1
// (with xvfb-run) drives a windowed browser. With Next 16.4.6, 1 start in 8 was seen to loop on a busy
// 2-core machine: each new page's chunk-list subscription answers `restart`, and the row says so.
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { countCompiled, launchChromium, readyLine, signInAsDemo, startDev, watchPage } from "./dev-probe";

const { values } = parseArgs({
  options: {
    starts: { type: "string", default: "5" },
    seconds: { type: "string", default: "60" },
    host: { type: "string", default: "localhost" },
    "keep-logs": { type: "boolean", default: false },
    // "ready": Next's ready line; "demo": the "Demo integrations" line `npm run dev` prints after it.
    "open-after": { type: "string", default: "ready" },
  },
});
if (values["open-after"] !== "ready" && values["open-after"] !== "demo") {
  console.error(`--open-after is "ready" or "demo", not "${values["open-after"]}"`);
  process.exit(2);
}
const starts = Number(values.starts);
const seconds = Number(values.seconds);
const port = Number(process.env.PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 4100);
// More than this many rebuilds with no file edited is a loop, not the first compile's settling.
const maxCompiled = 5;
const typed = "escrito.antes@ejemplo.cl";

type Row = {
  start: number;
  loads: number;
  compiled: number;
  reloadMessages: number;
  restarts: number;
  hashMismatches: number;
  typedKept: boolean;
  signedIn: string;
  ok: boolean;
};

// Files the dev server (or anything it starts) wrote inside the project while the page was open:
// a file Turbopack watches that changes on its own is one way a reload loop starts.
function changedFiles(root: string, since: number): string[] {
  const skip = new Set(["node_modules", ".git", ".next"]);
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (statSync(full).mtimeMs >= since) found.push(path.relative(root, full));
    }
  };
  walk(root);
  return found;
}

const rows: Row[] = [];
const browser = await launchChromium();
try {
  for (let start = 1; start <= starts; start++) {
    // Inside the project, like the default ./.data a newcomer gets.
    const dataDir = path.join(".data", `dev-reload-check-${port}-${start}`);
    const dev = startDev({ port, sandboxPort, dataDir });
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page);
    const row: Row = {
      start,
      loads: 0,
      compiled: 0,
      reloadMessages: 0,
      restarts: 0,
      hashMismatches: 0,
      typedKept: false,
      signedIn: "no",
      ok: false,
    };
    const baseUrl = `http://${values.host}:${port}`;
    try {
      await dev.waitFor(
        values["open-after"] === "demo" ? /Demo integrations|Could not connect the demo/ : readyLine,
        180_000,
      );
      const openedAt = Date.now();
      const logAtOpen = dev.output().length;
      // The first visit compiles the page; it may take longer than 5 s, but it starts within 5 s.
      await page.goto(`${baseUrl}/sign-in`, { timeout: 120_000 });
      // What a user types in the first seconds must still be there at the end of the window.
      await page.locator("#email").fill(typed);
      await page.waitForTimeout(Math.max(0, seconds * 1000 - (Date.now() - openedAt)));
      row.typedKept =
        (await page
          .locator("#email")
          .inputValue()
          .catch(() => "")) === typed;
      row.loads = watch.loads();
      row.compiled = countCompiled(dev.output().slice(logAtOpen));
      row.reloadMessages = watch.reloadMessages().length;
      ({ restarts: row.restarts, hashMismatches: row.hashMismatches } = watch.loopSignals());
      const written = changedFiles(process.cwd(), openedAt).filter((f) => !f.startsWith(dataDir));
      if (written.length) console.log(`  start ${start}: files written in the project: ${written.join(", ")}`);
      try {
        await signInAsDemo(page, baseUrl);
        row.signedIn = "yes";
      } catch (error) {
        row.signedIn = `no (${error instanceof Error ? error.message.split("\n")[0] : error})`;
      }
      row.ok = row.loads <= 2 && row.compiled <= maxCompiled && row.typedKept && row.signedIn === "yes";
      if (!row.ok || values["keep-logs"]) {
        console.log(`--- start ${start}: dev log ---\n${dev.output()}`);
        console.log(`--- start ${start}: page loads ---\n${watch.loadUrls().join("\n")}`);
        console.log(`--- start ${start}: HMR messages by type ---\n${JSON.stringify(watch.hmrTypes())}`);
        console.log(`--- start ${start}: HMR reload/update messages ---\n${watch.reloadMessages().join("\n")}`);
        console.log(`--- start ${start}: browser console ---\n${watch.console().join("\n")}`);
      }
    } catch (error) {
      console.log(`--- start ${start} failed: ${error instanceof Error ? error.message : error}`);
    } finally {
      await context.close();
      await dev.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
    rows.push(row);
    console.log(
      `start ${row.start}: loads ${row.loads} (reloads ${Math.max(0, row.loads - 1)}), Compiled ${row.compiled}, ` +
        `HMR reload messages ${row.reloadMessages} (chunk-list restarts ${row.restarts}, hash mismatches ${row.hashMismatches}), typed text kept ${row.typedKept ? "yes" : "no"}, ` +
        `signed in ${row.signedIn} → ${row.ok ? "ok" : "FAIL"}`,
    );
  }
} finally {
  await browser.close();
}

console.log("\nstart  loads  reloads  compiled  hmr-reload  typed-kept  signed-in  result");
for (const r of rows) {
  console.log(
    `${String(r.start).padEnd(7)}${String(r.loads).padEnd(7)}${String(Math.max(0, r.loads - 1)).padEnd(9)}` +
      `${String(r.compiled).padEnd(10)}${String(r.reloadMessages).padEnd(12)}${(r.typedKept ? "yes" : "no").padEnd(12)}` +
      `${r.signedIn.padEnd(11)}${r.ok ? "ok" : "FAIL"}`,
  );
}
process.exit(rows.length === starts && rows.every((r) => r.ok) ? 0 : 1);
