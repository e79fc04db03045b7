// A small static server for the page: www/ at `/`, the wasm-pack package pkg/ at `/pkg/`; or
// the built page, dist/, alone.
//
//   node scripts/serve.mjs            serves www/ and pkg/ on PORT (default 8080)
//   node scripts/serve.mjs --dist     serves dist/ (npm run build) on PORT
//   import { startServer } from "./serve.mjs"; await startServer({ port: 0 })   for tests
//   await startServer({ port: 0, www: "dist", pkg: null })                     dist/ alone
//
// Only files inside those two folders are served; everything goes out with a
// Content-Security-Policy that lets the page run its own scripts and compile WebAssembly and
// nothing else, so no text the reader pastes can reach the network.
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const HEADERS = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Cache-Control": "no-cache",
};

/** Maps a URL path to [folder, path inside it], or null when it names no servable file. */
function locate(urlPath, roots) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const [root, rest] = roots.pkg && decoded.startsWith("/pkg/")
    ? [roots.pkg, decoded.slice("/pkg/".length)]
    : [roots.www, decoded.slice(1)];
  const segments = rest.split("/");
  // No `..`, and no dotfiles (pkg/.gitignore and the like are not part of the page).
  if (segments.some((s) => s.startsWith("."))) return null;
  const file = path.resolve(root, ...segments.filter((s) => s !== ""));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return [root, rest === "" || rest.endsWith("/") ? path.join(file, "index.html") : file];
}

async function handle(req, res, roots) {
  const send = (status, message, extra = {}) => {
    res.writeHead(status, { ...HEADERS, "Content-Type": "text/plain; charset=utf-8", ...extra });
    res.end(req.method === "HEAD" ? undefined : `${message}\n`);
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(405, "method not allowed", { Allow: "GET, HEAD" });
  }
  const urlPath = new URL(req.url, "http://localhost").pathname;
  const found = locate(urlPath, roots);
  if (!found) return send(404, "not found");
  const [root, file] = found;
  let real, info;
  try {
    // Resolve symbolic links so that a link cannot lead out of the folder either.
    real = await realpath(file);
    info = await stat(real);
  } catch {
    return send(404, "not found");
  }
  const rootReal = await realpath(root).catch(() => root);
  if (!real.startsWith(rootReal + path.sep)) return send(404, "not found");
  if (info.isDirectory()) return send(301, "moved", { Location: `${urlPath}/` });
  if (!info.isFile()) return send(404, "not found");
  res.writeHead(200, {
    ...HEADERS,
    "Content-Type": MIME[path.extname(real).toLowerCase()] ?? "application/octet-stream",
    "Content-Length": info.size,
  });
  if (req.method === "HEAD") return res.end();
  createReadStream(real)
    .on("error", () => res.destroy())
    .pipe(res);
}

/**
 * Starts the server and resolves once it listens. `port: 0` picks a free port.
 * Returns `{ url, port, server, close }`; `url` ends with a slash.
 */
export async function startServer({
  port = 8080,
  host = "127.0.0.1",
  www = path.join(repo, "www"),
  pkg = path.join(repo, "pkg"),
} = {}) {
  const roots = { www: path.resolve(www), pkg: pkg === null ? null : path.resolve(pkg) };
  const server = createServer((req, res) => {
    handle(req, res, roots).catch(() => {
      if (!res.headersSent) res.writeHead(500, HEADERS);
      res.end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const actual = server.address().port;
  return {
    server,
    port: actual,
    url: `http://localhost:${actual}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  if (args.some((arg) => arg !== "--dist")) {
    console.error(`serve: unknown argument '${args.find((arg) => arg !== "--dist")}' (expected --dist)`);
    process.exit(2);
  }
  const roots = args.includes("--dist") ? { www: path.join(repo, "dist"), pkg: null } : {};
  const port = Number.parseInt(process.env.PORT ?? "8080", 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve: PORT must be a number from 0 to 65535, not '${process.env.PORT}'`);
    process.exit(2);
  }
  try {
    const { url } = await startServer({ port, host: process.env.HOST ?? "127.0.0.1", ...roots });
    console.log(`Entente is at ${url}`);
  } catch (error) {
    const hint = error.code === "EADDRINUSE" ? ` (port ${port} is in use: try PORT=8081 npm start)` : "";
    console.error(`serve: cannot listen: ${error.message}${hint}`);
    process.exit(1);
  }
}
