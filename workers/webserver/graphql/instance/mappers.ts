/**
 * The instance's GraphQL types resolve over the Instance itself (its config, sources and storage).
 * @module
 */
import type { Instance } from "../../../../shared/instance/instance";

export type InstanceMapper = Instance;
export type DaemonHealthMapper = Instance;
