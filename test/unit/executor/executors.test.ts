/**
 * The Executor contract against every executor: in_process and multi in this process, remote against a
 * real run-worker service on loopback serving the same definitions as a step server, and container
 * through the container Worker's gateway code in front of such a service (each step in "its own
 * container": every container name reaches the one service here).
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Definitions } from "../../../shared/definitions";
import { routeToContainer } from "../../../shared/run-worker/adapter/container/container-gateway";
import { listen } from "../../../shared/run-worker/adapter/node-service/node-http";
import { createRunWorkerService } from "../../../shared/run-worker/adapter/node-service/run-worker-service";
import { describeExecutor } from "../../contracts/executor.contract";

const TOKEN = "step-server-token";
const env = { STEP_SERVER_AUTH: `Bearer ${TOKEN}` };
const headers = { Authorization: { env: "STEP_SERVER_AUTH" } };

const urlOf = (server: Server) => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** A run-worker service serving `definitions` on a free loopback port. */
async function stepServer(definitions: Definitions): Promise<{ server: Server; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), "dagflare-step-server-"));
  const service = createRunWorkerService({
    load: () => definitions,
    dataDir,
    instance: undefined,
    token: TOKEN,
  });
  const server = await listen(service.fetch, { port: 0, host: "127.0.0.1" });
  return {
    server,
    close: async () => {
      await close(server);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describeExecutor("in_process", async () => ({
  execution: { config: { in_process: {} } },
  capturesConsole: true,
}));
describeExecutor("multi", async () => ({
  execution: { config: { multi: { max_concurrent: 2 } } },
  capturesConsole: true,
}));
describeExecutor("remote", async (definitions) => {
  const service = await stepServer(definitions);
  return {
    execution: { config: { remote: { url: urlOf(service.server), headers } } },
    env,
    capturesConsole: false,
    close: service.close,
  };
});
describeExecutor("container", async (definitions) => {
  const service = await stepServer(definitions);
  const containers = {
    getByName: () => ({
      fetch: (request: Request) =>
        fetch(new Request(`${urlOf(service.server)}${new URL(request.url).pathname}`, request)),
    }),
  };
  const gateway = await listen((request) => routeToContainer(request, { containers, token: TOKEN }), {
    port: 0,
    host: "127.0.0.1",
  });
  return {
    execution: { config: { container: { url: urlOf(gateway), headers } } },
    env,
    capturesConsole: false,
    close: async () => {
      await close(gateway);
      await service.close();
    },
  };
});
