// The example location Worker (the test project's main Worker) as its callers see it.
import { exports } from "cloudflare:workers";
import { isCodeLocationBinding, type CodeLocationBinding } from "../../shared/code-location/client";
import type { StartRunRequest } from "../../shared/protocol/code-location-protocol";

/** `exports.default`: a loopback service binding with the entrypoint's RPC methods (SELF's RPC fails in plugin 1.5.0). */
export function exampleLocation(): CodeLocationBinding {
  const binding: unknown = Reflect.get(exports, "default");
  if (!isCodeLocationBinding(binding)) throw new Error("exports.default is not a service binding");
  return binding;
}

export { stepRequest } from "../fixtures/step-request";

/** A start request for a run id of its own per job. */
export const startRequest = (jobName: string): StartRunRequest => ({
  runId: `${jobName}-run`,
  jobName,
  runConfig: {},
  stepKeysToExecute: null,
  parentRunId: null,
  opSelection: null,
});

export const EXTRACT_CONFIG = {
  ops: { extract: { config: { source_url: "https://files.example.com/a.csv", limit: 3 } } },
};
