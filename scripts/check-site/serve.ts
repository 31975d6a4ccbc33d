import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileOf } from "./site-files.ts";

const html = "text/html; charset=utf-8";
const text = "text/plain; charset=utf-8";
const types: Record<string, string> = {
  ".html": html,
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": text,
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

/**
 * The site file a request asks for, as a static host serving the site at `pathPrefix` finds it
 * (`/x/` → `/x/index.html`); undefined for a path outside the prefix or one that does not decode.
 */
export function requestedFile(requestUrl: string, pathPrefix = "/"): string | undefined {
  const { pathname } = new URL(requestUrl, "http://localhost");
  if (!pathname.startsWith(pathPrefix)) return undefined;
  try {
    // An absolute path: normalize() keeps `..` from climbing out of the site.
    return fileOf(normalize(`/${decodeURIComponent(pathname.slice(pathPrefix.length))}`));
  } catch (error) {
    if (error instanceof URIError) return undefined;
    throw error;
  }
}

/** A file's bytes, or undefined when there is no such file (any other failure is thrown). */
async function bytesOf(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if (error instanceof Error && "code" in error && ["ENOENT", "EISDIR", "ENOTDIR"].includes(String(error.code))) return undefined;
    throw error;
  }
}

/** Serves a built site on a free loopback port, as a static host would; a missing file gets the site's 404.html. */
export async function serve(site: string, pathPrefix = "/"): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const answer = async () => {
      const file = requestedFile(request.url ?? "/", pathPrefix);
      const body = file === undefined ? undefined : await bytesOf(join(site, file));
      if (file !== undefined && body !== undefined)
        return response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(body);
      const notFound = await bytesOf(join(site, "404.html"));
      return response.writeHead(404, { "content-type": notFound ? html : text }).end(notFound ?? "Not found");
    };
    answer().catch((error: unknown) => response.writeHead(500, { "content-type": text }).end(String(error)));
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((closed) => server.close(() => closed())) };
}
