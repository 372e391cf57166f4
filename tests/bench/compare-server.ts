import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

/**
 * One loopback server for the side-by-side bench: the built explorer at `/` (its index.html carries
 * its Content-Security-Policy), the input files under `/files/`, and optionally another viewer's
 * production build at the base path its index.html was built for. Nothing is cached between runs.
 */

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".gexf": "application/gexf+xml",
};

export interface Mount {
  /** URL path prefix, starting and ending with "/". */
  prefix: string;
  dir: string;
}

/** The base path another viewer's build expects (from its index.html asset URLs), "/" if none. */
export async function basePathOf(buildDir: string): Promise<string> {
  const html = await readFile(join(buildDir, "index.html"), "utf8");
  const match = /(?:src|href)="(\/[^"]*?\/)assets\//.exec(html);
  return match?.[1] ?? "/";
}

export async function serveMounts(mounts: readonly Mount[]): Promise<{ url: string; stop(): void }> {
  // Longest prefix first, so "/other/" wins over "/".
  const ordered = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const mount = ordered.find((m) => pathname.startsWith(m.prefix));
    if (mount === undefined) {
      response.writeHead(404).end();
      return;
    }
    const rest = pathname.slice(mount.prefix.length);
    let file = normalize(join(mount.dir, rest === "" || rest.endsWith("/") ? `${rest}index.html` : rest));
    if (!file.startsWith(mount.dir + sep) && file !== mount.dir) {
      response.writeHead(403).end();
      return;
    }
    // A single-page app's routes fall back to its index.html.
    const found = await stat(file).catch(() => undefined);
    if (found === undefined || found.isDirectory()) file = join(mount.dir, "index.html");
    const headers: Record<string, string> = {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    };
    const size = (await stat(file).catch(() => undefined))?.size;
    if (size === undefined) {
      response.writeHead(404).end();
      return;
    }
    headers["Content-Length"] = String(size);
    response.writeHead(200, headers);
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, stop: () => server.close() };
}
