/**
 * What the captured-logs tests share: the instance's compute log manager (r2 by default), which GraphQL
 * and /logs read from, and the webserver's D1 storage for the runs their captures belong to.
 * @module
 */
import { env } from "cloudflare:test";
import { instanceStorage } from "../setup/instance-storage";
import type { InstanceHostEnv } from "../../workers/instance-host/env";
import { getInstance } from "../../workers/instance-host/get-instance";

/** The manager the instance is configured with (r2 by default), which GraphQL and /logs read from. */
export const manager = getInstance(env as unknown as InstanceHostEnv).computeLogs;
export const storage = instanceStorage();
