/**
 * Instances for the operation tests, built the way the instance host builds them, over the test's real D1
 * and the example location: the repository's own config, or a workspace that adds a location whose
 * binding does not exist, so it always fails to load.
 */
import { env } from "cloudflare:test";
import { createInstance, type Instance } from "../../shared/instance/instance";
import { configSources } from "../../workers/instance-host/get-instance";

const workerEnv = { ...env };

const WITH_UNBOUND_LOCATION = `load_from:
  - service_binding: { binding: EXAMPLE_LOCATION, location_name: example }
  - service_binding: { binding: NO_SUCH_LOCATION, location_name: unbound }
`;

export const newInstance = (): Instance => createInstance(configSources(workerEnv), workerEnv);

export const instanceWithUnboundLocation = (): Instance =>
  createInstance(
    {
      ...configSources(workerEnv),
      workspace: { text: WITH_UNBOUND_LOCATION, source: "DAGFLARE_WORKSPACE_YAML" },
    },
    workerEnv,
  );

export const uniqueId = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
