// The rendered page in a real browser (Debian's chromium, driven by playwright-core): marks and
// panels show, a mark focused from the keyboard shows its details, nothing leaves the page, at a
// desktop width and at a phone width. Takes the README's screenshot, written to docs/render.png only
// when NEWSPARSE_UPDATE_DOCS=1, so a test run leaves the work tree as it was.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";

const CHROMIUM = "/usr/bin/chromium";
const present = existsSync(CHROMIUM);
// relative to ROOT, where runCli runs: the page shows the id as a user would type it
const ARTICLE = join("fixtures", "articles", "misrata-2019-03-14.txt");

describe.skipIf(!present)(present ? "browser: the rendered page in chromium" : "browser (skipped: no /usr/bin/chromium; .ci/run installs it)", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsparse-browser-"));
  const pageFile = join(dir, "misrata.html");
  const url = pathToFileURL(pageFile).href;
  const requests: string[] = [];
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const run = await runCli(["render", ARTICLE, "--out", pageFile]);
    expect(run.code, run.stderr).toBe(0);
    // a new empty profile, and no background traffic: the machine's network is closed
    context = await chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
    });
    page = await context.newPage();
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(url);
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Tabs forward until a mark of this kind has the focus. */
  async function tabTo(kind: string): Promise<void> {
    for (let k = 0; k < 200; k++) {
      await page.keyboard.press("Tab");
      if ((await page.locator(`mark[data-kind="${kind}"]:focus`).count()) === 1) return;
    }
    throw new Error(`no ${kind} mark reached with Tab`);
  }

  it.each([
    ["actor", 12],
    ["place", 6],
    ["date", 9],
    ["figure", 5],
    ["quote", 7],
  ])("shows the %s marks (at least %i)", async (kind, least) => {
    expect(await page.locator(`mark[data-kind="${kind}"]`).count()).toBeGreaterThanOrEqual(least);
    await expect.poll(() => page.locator(`mark[data-kind="${kind}"]`).first().isVisible()).toBe(true);
  });

  it.each(["actors", "places", "dates", "quotes", "figures"])("shows the %s panel", async (key) => {
    expect(await page.locator(`section.p-${key} h3`).isVisible()).toBe(true);
  });

  it("desktop: panels beside the text; Tab to a mark shows its details, and its speaker link works", async () => {
    const text = (await page.locator(".text").boundingBox())!;
    const panels = (await page.locator("aside.panels").boundingBox())!;
    expect(panels.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(await page.locator(".tip:visible").count()).toBe(0);
    await page.locator("body").focus();
    await tabTo("quote");
    const tip = page.locator('mark[data-kind="quote"]:focus > .tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/speaker/);
    // the next Tab reaches the speaker link inside the popover; Enter follows it to the actor entry
    const speakerLink = tip.locator("a");
    if ((await speakerLink.count()) === 1) {
      const href = (await speakerLink.getAttribute("href"))!;
      await page.keyboard.press("Tab");
      expect(await speakerLink.evaluate((a) => a === (a.ownerDocument.activeElement as unknown))).toBe(true);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.url()).toBe(`${url}${href}`);
      expect(await page.locator(`li${href}`).isVisible()).toBe(true);
    }
  });

  it("takes the README's screenshot: a quote's details open beside the panels", async () => {
    await page.goto(url);
    await page.locator("body").focus();
    await tabTo("quote");
    await tabTo("quote");
    await page.locator("mark:focus").scrollIntoViewIfNeeded();
    await page.evaluate("window.scrollTo(0, 0)");
    const shot = process.env.NEWSPARSE_UPDATE_DOCS === "1" ? join(ROOT, "docs", "render.png") : join(dir, "render.png");
    await page.screenshot({ path: shot, clip: { x: 0, y: 0, width: 1280, height: 900 } });
    // a PNG of the clip's size: the signature, then the IHDR chunk's width and height
    const png = readFileSync(shot);
    expect([png.subarray(1, 4).toString("latin1"), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(["PNG", 1280, 900]);
  });

  it("phone width (390px): panels below the text; a focused mark's details on a sheet at the bottom", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(url);
    const text = (await page.locator(".text").boundingBox())!;
    const panels = (await page.locator("aside.panels").boundingBox())!;
    expect(panels.y).toBeGreaterThanOrEqual(text.y + text.height);
    expect(text.width).toBeLessThanOrEqual(390);
    // nothing wider than the screen
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await page.locator("body").focus();
    await tabTo("date");
    const tip = page.locator('mark[data-kind="date"]:focus > .tip');
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/TIMEX3\s+\d{4}/);
    const box = (await tip.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.width).toBeLessThanOrEqual(390);
  });

  it("makes no request but for the page itself and data: URLs", () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => r !== url && !r.startsWith(`${url}#`) && !r.startsWith("data:"))).toEqual([]);
  });
});
