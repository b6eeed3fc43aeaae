// Every storage contract suite against the D1 backend, on the real local D1 of test/storage/wrangler.toml.
import { env } from "cloudflare:test";
import { createD1ComputeLogManager } from "../../shared/storage/compute-logs/d1-compute-log-manager";
import { createD1Storage } from "../../shared/storage/d1/create-d1-storage";
import { describeAuthStorage } from "../contracts/auth-storage.contract";
import { describeCodeLocationStorage } from "../contracts/code-location-storage.contract";
import { describeDaemonStorage } from "../contracts/daemon-storage.contract";
import { describeEventLogStorage } from "../contracts/event-log-storage.contract";
import { describeRetentionStorage } from "../contracts/retention-storage.contract";
import { describeRunStorage } from "../contracts/run-storage.contract";
import { describeScheduleStorage } from "../contracts/schedule-storage.contract";

const makeStorage = async () => createD1Storage(env.DB);

describeRunStorage("D1", makeStorage);
describeEventLogStorage("D1", makeStorage);
describeScheduleStorage("D1", makeStorage);
describeDaemonStorage("D1", makeStorage);
describeCodeLocationStorage("D1", makeStorage);
describeRetentionStorage("D1", makeStorage, async () => createD1ComputeLogManager(env.DB));
describeAuthStorage("D1", makeStorage);
