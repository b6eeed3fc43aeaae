/**
 * A pool resolves over the coordinator's view of it.
 * @module
 */
import type { PoolInfo } from "../../../../shared/concurrency/concurrency-ledger";

export type ConcurrencyKeyInfoMapper = PoolInfo;
