/**
 * This repository's instance host Worker (wrangler.toml `main`): the host over its own dagflare.yaml and
 * workspace.yaml (a project made by `dagflare init` has an entry of its own over `createInstanceHost`).
 * @module
 */
import { instanceHostOver } from "./create-instance-host";
import { getInstance } from "./get-instance";

const host = instanceHostOver(getInstance);

export const { Daemon, ConcurrencyCoordinator, InstanceApi } = host;
export default host.worker;
