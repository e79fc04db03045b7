// The static server: what it serves, with which headers, and what it refuses.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, rm, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer } from "../../scripts/serve.mjs";

let dir;
let server;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "entente-serve-"));
  await mkdir(path.join(dir, "www", "sub"), { recursive: true });
  await mkdir(path.join(dir, "pkg"));
  await writeFile(path.join(dir, "www", "index.html"), "<!doctype html><title>t</title>");
  await writeFile(path.join(dir, "www", "app.js"), "export {};");
  await writeFile(path.join(dir, "www", "sub", "index.html"), "sub");
  await writeFile(path.join(dir, "www", ".hidden"), "no");
  await writeFile(path.join(dir, "pkg", "entente.js"), "export default 1;");
  await writeFile(path.join(dir, "pkg", "entente_bg.wasm"), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await writeFile(path.join(dir, "secret.txt"), "secret");
  await symlink(path.join(dir, "secret.txt"), path.join(dir, "www", "link.txt"));
  server = await startServer({ port: 0, www: path.join(dir, "www"), pkg: path.join(dir, "pkg") });
});

after(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw GET (no URL normalisation on the client side), resolving to status, headers and body. */
function get(rawPath, method = "GET") {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: server.port, path: rawPath, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("the URL it prints is on localhost with the chosen port", () => {
  assert.equal(server.url, `http://localhost:${server.port}/`);
  assert.ok(server.port > 0);
});

test("serves www/ at / and pkg/ at /pkg/ with their MIME types", async () => {
  const cases = [
    ["/", "text/html; charset=utf-8", "<!doctype html><title>t</title>"],
    ["/index.html", "text/html; charset=utf-8", "<!doctype html><title>t</title>"],
    ["/app.js", "text/javascript; charset=utf-8", "export {};"],
    ["/sub/", "text/html; charset=utf-8", "sub"],
    ["/pkg/entente.js", "text/javascript; charset=utf-8", "export default 1;"],
    ["/pkg/entente_bg.wasm", "application/wasm", null],
  ];
  for (const [url, type, body] of cases) {
    const res = await get(url);
    assert.equal(res.status, 200, url);
    assert.equal(res.headers["content-type"], type, url);
    if (body !== null) assert.equal(res.body, body, url);
  }
});

test("every response carries the content security policy", async () => {
  for (const url of ["/", "/pkg/entente_bg.wasm", "/missing"]) {
    const csp = (await get(url)).headers["content-security-policy"];
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/, url);
    assert.match(csp, /default-src 'none'/, url);
    assert.doesNotMatch(csp, /https?:|\*/, url);
  }
});

test("refuses paths outside www/ and pkg/", async () => {
  const refused = [
    "/../secret.txt",
    "/%2e%2e/secret.txt",
    "/pkg/../../secret.txt",
    "/pkg/%2e%2e/%2e%2e/secret.txt",
    "/pkg/..%2f..%2fsecret.txt",
    "/..%5csecret.txt",
    "/link.txt",
    "/.hidden",
    "/app.js%00.html",
    "/%E0%A4%A",
    "/missing.js",
  ];
  for (const url of refused) {
    const res = await get(url);
    assert.equal(res.status, 404, url);
    assert.ok(!res.body.includes("secret"), url);
  }
});

test("a folder without its slash redirects, other methods are refused", async () => {
  const res = await get("/sub");
  assert.equal(res.status, 301);
  assert.equal(res.headers.location, "/sub/");
  assert.equal((await get("/", "POST")).status, 405);
  const head = await get("/app.js", "HEAD");
  assert.equal(head.status, 200);
  assert.equal(head.body, "");
});

test("without a package folder (dist/), /pkg/ is an ordinary path of the one folder", async () => {
  const alone = await startServer({ port: 0, www: path.join(dir, "www"), pkg: null });
  const fetchFrom = (url) => new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port: alone.port, path: url }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    }).on("error", reject).end();
  });
  try {
    assert.equal(await fetchFrom("/app.js"), 200);
    assert.equal(await fetchFrom("/pkg/entente.js"), 404);
    assert.equal(await fetchFrom("/sub/"), 200);
  } finally {
    await alone.close();
  }
});
