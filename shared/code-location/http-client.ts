/**
 * A code location client over HTTP (`POST <url>/__dagflare/<method>` with JSON), for locations deployed
 * elsewhere; the injectable `fetch` also lets it speak HTTP through a service binding's `fetch`.
 * @module
 */
import { CODE_LOCATION_HTTP_PREFIX } from "../protocol/code-location-protocol";
import { ProtocolClient } from "./protocol-client";

export interface HttpCodeLocationClientOptions {
  readonly locationName: string;
  /** Base URL of the location; the protocol path is appended (`https://host/base` → `https://host/base/__dagflare/ping`). */
  readonly url: string;
  /** Sent with every request (e.g. an authorization header). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Defaults to the global fetch. */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/** Every method parses the answer; failures (network, non-2xx, bad JSON) throw DagflareError CODE_LOCATION_UNAVAILABLE. */
export class HttpCodeLocationClient extends ProtocolClient {
  constructor(options: HttpCodeLocationClientOptions) {
    const send = options.fetch ?? ((request: Request) => fetch(request));
    super(options.locationName, async (method, request) => {
      const url = `${options.url.replace(/\/+$/, "")}${CODE_LOCATION_HTTP_PREFIX}${method}`;
      const response = await send(
        new Request(url, {
          method: "POST",
          headers: { ...options.headers, "content-type": "application/json" },
          body: JSON.stringify(request),
        }),
      );
      const text = await response.text();
      if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}: ${errorText(text)}`);
      try {
        return JSON.parse(text);
      } catch {
        throw new Error(`the answer from ${url} is not JSON: ${text.slice(0, 200)}`);
      }
    });
  }
}

/** The `error` of a `{ error }` body, else the start of the body. */
function errorText(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (typeof body === "object" && body !== null && "error" in body && typeof body.error === "string")
      return body.error;
  } catch {
    // not JSON: fall through to the raw text
  }
  return text.slice(0, 200);
}
