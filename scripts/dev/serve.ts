// The dev server's web server: the built site as a static host serves it, and a reload signal.
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import send from "send";

/** Where the page's reload script and its event stream are served: outside any path the site can have. */
export const reloadScript = "/.dev/reload.js";
const reloadEvents = "/.dev/events";
const script = `new EventSource(${JSON.stringify(reloadEvents)}).addEventListener("message", () => location.reload());\n`;

/** Ports tried after a taken one before giving up. */
const portsToTry = 10;

export interface DevServer {
  url: string;
  /** Tells every open page to load again. */
  reload(): void;
  close(): Promise<void>;
}

function plain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" }).end(`${text}\n`);
}

async function notFound(site: string, response: ServerResponse): Promise<void> {
  const page = await readFile(join(site, "404.html")).catch(() => undefined);
  if (!page) return plain(response, 404, "Not found");
  response.writeHead(404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(page);
}

/**
 * Answers one request from the site folder with `send` (the static file server of Express):
 * it refuses a path that does not decode (400), climbs out with `..` however encoded (403), or
 * names a hidden file, such as a search part being written (404), so no request reads outside
 * the folder or ends the process.
 */
function answer(site: string, listeners: Set<ServerResponse>, request: IncomingMessage, response: ServerResponse): void {
  const [path = "/"] = (request.url ?? "/").split("?");
  if (!path.startsWith("/")) {
    plain(response, 400, "Bad request");
    return;
  }
  if (path === reloadScript) {
    response.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" }).end(script);
    return;
  }
  if (path === reloadEvents) {
    response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store" }).write(": listening\n\n");
    listeners.add(response);
    request.on("close", () => listeners.delete(response));
    return;
  }
  send(request, path, { root: site, index: ["index.html"], dotfiles: "ignore", etag: false, lastModified: false, cacheControl: false })
    .on("headers", (headers) => headers.setHeader("cache-control", "no-store"))
    .on("directory", () => {
      const [, query = ""] = (request.url ?? "").split("?");
      response.writeHead(301, { location: `${path}/${query ? `?${query}` : ""}` }).end();
    })
    .on("error", (error: { status?: number }) => {
      if (error.status === 404) {
        notFound(site, response).catch(() => plain(response, 404, "Not found"));
        return;
      }
      plain(response, error.status ?? 500, error.status === 403 ? "Forbidden" : "Bad request");
    })
    .pipe(response);
}

function listen(server: Server, host: string, port: number, triesLeft: number): Promise<number> {
  return new Promise((listening, failed) => {
    const taken = (error: NodeJS.ErrnoException) => {
      server.off("listening", done);
      if (error.code === "EADDRINUSE" && triesLeft > 0) listening(listen(server, host, port + 1, triesLeft - 1));
      else failed(error);
    };
    const done = () => {
      server.off("error", taken);
      listening((server.address() as AddressInfo).port);
    };
    server.once("error", taken);
    server.once("listening", done);
    server.listen(port, host);
  });
}

/** Serves `site` on `host` (loopback unless told otherwise) at `port`, or the next free one. */
export async function serveSite(site: string, { host, port, problem }: { host: string; port: number; problem: (line: string) => void }): Promise<DevServer> {
  const listeners = new Set<ServerResponse>();
  // A malformed request line or header never gets here: Node answers it 400 and closes that connection.
  const server = createServer((request, response) => {
    try {
      answer(site, listeners, request, response);
    } catch (error) {
      // One request that fails is that request's failure, never the server's: it is answered and told.
      problem(`could not answer ${request.method} ${request.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) plain(response, 500, "Internal error");
    }
  });
  const chosen = await listen(server, host, port, portsToTry);
  const shownHost = host.includes(":") ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${chosen}/`,
    reload: () => {
      for (const listener of listeners) listener.write("data: reload\n\n");
    },
    close: () =>
      new Promise((closed) => {
        for (const listener of listeners) listener.end();
        server.close(() => closed());
      }),
  };
}
