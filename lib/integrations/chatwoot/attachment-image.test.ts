// Pictures are fetched only from the tenant's own Chatwoot (then wherever its storage redirects), only
// as raster images, and never larger than the cap. Two real HTTP servers on 127.0.0.1 stand for
// Chatwoot and for the storage service it redirects to.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiError } from "@/lib/errors";
import { createUpstreamAgent } from "../http/upstream-agent";
import { fetchAttachmentImage } from "./attachment-image";

const pixel = Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex");
let chatwoot: Server;
let storage: Server;
let chatwootUrl: string;
let storageUrl: string;
let requests: string[] = [];
const dispatcher = createUpstreamAgent({ allowPrivate: true });

async function listen(handler: Parameters<typeof createServer>[1]) {
  const server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

beforeAll(async () => {
  ({ server: storage, url: storageUrl } = await listen((req, res) => {
    requests.push(`storage ${req.url}`);
    if (req.url === "/signed/photo.png") res.writeHead(200, { "content-type": "image/png" }).end(pixel);
    else if (req.url === "/signed/huge.png")
      res.writeHead(200, { "content-type": "image/png", "content-length": String(20 * 1024 * 1024) }).end();
    else res.writeHead(404).end();
  }));
  ({ server: chatwoot, url: chatwootUrl } = await listen((req, res) => {
    requests.push(`chatwoot ${req.url}`);
    if (req.url === "/rails/active_storage/blobs/redirect/photo.png")
      res.writeHead(302, { location: `${storageUrl}/signed/photo.png` }).end();
    else if (req.url === "/rails/active_storage/blobs/redirect/huge.png")
      res.writeHead(302, { location: `${storageUrl}/signed/huge.png` }).end();
    else if (req.url === "/drawing.svg")
      res.writeHead(200, { "content-type": "image/svg+xml" }).end("<svg><script>alert(1)</script></svg>");
    else if (req.url === "/page.html") res.writeHead(200, { "content-type": "text/html" }).end("<p>hola</p>");
    else if (req.url === "/loop") res.writeHead(302, { location: "/loop" }).end();
    else res.writeHead(404).end();
  }));
});
afterAll(async () => {
  await dispatcher.close();
  for (const s of [chatwoot, storage]) {
    s.closeAllConnections();
    await new Promise((r) => s.close(r));
  }
});
beforeEach(() => {
  requests = [];
});

const read = async (body: ReadableStream<Uint8Array> | import("node:stream/web").ReadableStream<Uint8Array>) =>
  Buffer.from(await new Response(body as ReadableStream).arrayBuffer());

describe("fetchAttachmentImage", () => {
  it("follows Chatwoot's redirect to its storage and passes the picture through", async () => {
    const image = await fetchAttachmentImage(
      `${chatwootUrl}/`,
      `${chatwootUrl}/rails/active_storage/blobs/redirect/photo.png`,
      { dispatcher },
    );
    expect(image.contentType).toBe("image/png");
    expect(await read(image.body)).toEqual(pixel);
    expect(requests).toEqual(["chatwoot /rails/active_storage/blobs/redirect/photo.png", "storage /signed/photo.png"]);
  });

  it("asks nothing of an address that is not the tenant's Chatwoot", async () => {
    const withCredentials = chatwootUrl.replace("http://", "http://u:p@");
    for (const url of [
      `${storageUrl}/signed/photo.png`,
      `${withCredentials}/rails/active_storage/blobs/redirect/photo.png`,
      "javascript:alert(1)",
      "file:///etc/passwd",
      "no es url",
    ]) {
      const error = await fetchAttachmentImage(chatwootUrl, url, { dispatcher }).catch((e) => e);
      expect(error).toBeInstanceOf(ApiError);
      expect(error.code).toBe("validation_error");
    }
    expect(requests).toEqual([]);
  });

  it("refuses SVG and anything that is not a picture", async () => {
    for (const path of ["/drawing.svg", "/page.html"]) {
      const error = await fetchAttachmentImage(chatwootUrl, `${chatwootUrl}${path}`, { dispatcher }).catch((e) => e);
      expect(error.code).toBe("upstream_bad_response");
    }
  });

  it("refuses a picture above the size limit and a redirect loop", async () => {
    const huge = await fetchAttachmentImage(
      chatwootUrl,
      `${chatwootUrl}/rails/active_storage/blobs/redirect/huge.png`,
      { dispatcher },
    ).catch((e) => e);
    expect(huge.code).toBe("upstream_bad_response");
    const loop = await fetchAttachmentImage(chatwootUrl, `${chatwootUrl}/loop`, { dispatcher }).catch((e) => e);
    expect(loop.code).toBe("upstream_bad_response");
    expect(requests.filter((r) => r === "chatwoot /loop")).toHaveLength(4);
  });

  it("answers a missing picture with the upstream's not found", async () => {
    const error = await fetchAttachmentImage(chatwootUrl, `${chatwootUrl}/nothing.png`, { dispatcher }).catch((e) => e);
    expect(error.code).toBe("upstream_not_found");
  });
});
