// Takes the README's screenshot: the page with its sample article analysed, in headless Chromium.
// Run: node scripts/screenshot.mjs [out.png]   (after scripts/build-wasm.sh)
import { chromium } from "playwright-core";
import { buildVendor } from "./build-dist.mjs";
import { startServer } from "./serve.mjs";

const out = process.argv[2] ?? "docs/screenshot.png";
// The sample is an invented episode of mid-2025; a fixed date keeps the picture the same.
const DATE = "2025-06-17";

await buildVendor();
const server = await startServer({ port: 0 });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme: "light" });
  await page.goto(server.url);
  await page.waitForSelector("body[data-state=ready]", { timeout: 15_000 });
  await page.evaluate((date) => document.querySelector("entente-view").setAttribute("date", date), DATE);
  await page.waitForFunction(() => document.body.dataset.state === "ready" && document.querySelector("[data-role=node]"));
  await page.screenshot({ path: out });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  await server.close();
}
