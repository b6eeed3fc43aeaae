/**
 * The run-worker service as one fetch handler: the code location protocol over HTTP (location-http.ts,
 * the same handler a code location Worker serves, `executeStep` included, so it is a step server too)
 * with the run worker host methods answered by this process's NodeRunWorkers. Every request but the
 * liveness probe (`GET /__dagflare/ping`) needs `Authorization: Bearer <token>` when a token is set.
 * @module
 */
import { loadOnce } from "../../../code-location/definitions-loader";
import { handleLocationHttp } from "../../../code-location/location-http";
import { createLocationHandlers, parseRequest } from "../../../code-location/location-server";
import {
  CODE_LOCATION_HTTP_PREFIX,
  RunIdRequestSchema,
  StartRunRequestSchema,
} from "../../../protocol/code-location-protocol";
import type { RunWorkerHostHandlers } from "../../../code-location/run-worker-host";
import type { Definitions } from "../../../definitions/definitions";
import { bearerTokenMatches } from "../../../http/bearer-token";
import type { InstanceApi } from "../../../instance-api/instance-api";
import { NodeRunWorkers } from "./node-run-workers";

export type RunWorkerServiceOptions = {
  /** Builds the code location's definitions; called once, on first use. */
  readonly load: () => Definitions;
  readonly dataDir: string;
  readonly instance: InstanceApi | undefined;
  /** When set, requests must carry it as a bearer token. */
  readonly token: string | undefined;
  /** The code location whose runs this service takes; runs of another are refused. */
  readonly locationName?: string;
};

export type RunWorkerService = {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly workers: NodeRunWorkers;
};

export function createRunWorkerService(options: RunWorkerServiceOptions): RunWorkerService {
  const workers = new NodeRunWorkers({
    definitions: loadOnce(options.load),
    dataDir: options.dataDir,
    instance: options.instance,
    locationName: options.locationName,
  });
  const hostHandlers: RunWorkerHostHandlers = {
    startRun: async (request) => workers.startRun(parseRequest("startRun", StartRunRequestSchema, request)),
    terminateRun: async (request) =>
      workers.terminateRun(parseRequest("terminateRun", RunIdRequestSchema, request)),
    runWorkerHealth: async (request) =>
      workers.runWorkerHealth(parseRequest("runWorkerHealth", RunIdRequestSchema, request)),
  };
  const handlers = { ...createLocationHandlers(options.load), ...hostHandlers };
  const { token } = options;
  return {
    workers,
    fetch: async (request) => {
      if (
        token !== undefined &&
        !isLivenessProbe(request) &&
        !(await bearerTokenMatches(token, request.headers.get("authorization")))
      ) {
        return Response.json(
          {
            error:
              "missing or wrong bearer token: send Authorization: Bearer <the service's RUN_WORKER_TOKEN>",
          },
          { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="dagflare-run-worker"' } },
        );
      }
      return handleLocationHttp(handlers, request);
    },
  };
}

function isLivenessProbe(request: Request): boolean {
  return request.method === "GET" && new URL(request.url).pathname === `${CODE_LOCATION_HTTP_PREFIX}ping`;
}
