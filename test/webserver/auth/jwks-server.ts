/**
 * Global setup of the webserver project: a Cloudflare Access team's key endpoint on loopback. It serves
 * the published keys at /cdn-cgi/access/certs (key-2 only once /rotate was requested, as Access rotates),
 * and provides the URL and the private keys to the tests.
 * @module
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";
import { generateTeamKeys, publicJwk, type TeamKeys } from "./access-keys";

declare module "vitest" {
  export interface ProvidedContext {
    accessJwksUrl: string;
    accessKeys: TeamKeys;
  }
}

export default async function setup(project: TestProject) {
  const keys = await generateTeamKeys();
  let published = [keys.signing];
  const server = createServer((request, response) => {
    if (request.url === "/rotate") published = [keys.signing, keys.rotated];
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ keys: published.map(publicJwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("accessJwksUrl", `http://127.0.0.1:${port}/cdn-cgi/access/certs`);
  project.provide("accessKeys", keys);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
