import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countCompiled,
  type DevServer,
  launchChromium,
  readyLine,
  signInAsDemo,
  startDev,
  watchPage,
} from "@/scripts/dev-probe";
import { freePort } from "../support/next-start";

describe("npm run dev in Chromium", () => {
  let dev: DevServer | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const port = Number(process.env.DEV_TEST_PORT ?? (await freePort()));
    const sandboxPort = Number(process.env.DEV_TEST_SANDBOX_PORT ?? (await freePort()));
    dev = startDev({ port, sandboxPort, dataDir: path.join(".data", `dev-test-${port}`) });
    browser = await launchChromium();
    await dev.waitFor(readyLine, 180_000);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await dev?.stop();
  }, 30_000);

  it("signs in through 127.0.0.1 and keeps typed text without reloading (points 1 and 13)", async () => {
    if (!dev || !browser) throw new Error("dev server not started");
    const baseUrl = `http://127.0.0.1:${dev.port}`;
    const page = await (await browser.newContext()).newPage();
    const watch = watchPage(page);
    const logAtOpen = dev.output().length;
    await page.goto(`${baseUrl}/sign-in`, { timeout: 180_000 });
    const typed = "escrito.antes@ejemplo.cl";
    await page.locator("#email").fill(typed);
    await page.waitForTimeout(30_000);

    const report = `loads: ${watch.loadUrls().join(", ")}\nconsole:\n${watch.console().join("\n")}`;
    expect(watch.loads(), report).toBeLessThanOrEqual(1);
    expect(countCompiled(dev.output().slice(logAtOpen)), dev.output()).toBeLessThanOrEqual(5);
    expect(await page.locator("#email").inputValue(), report).toBe(typed);
    // Blocked dev resources leave the page unhydrated: the form would submit as a plain GET.
    await signInAsDemo(page, baseUrl, 120_000);
    expect(new URL(page.url()).search).not.toContain("password");
  }, 400_000);
});
