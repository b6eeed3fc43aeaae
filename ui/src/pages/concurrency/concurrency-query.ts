/**
 * The concurrency page's GraphQL: every pool (Instance.concurrencyLimits) with its slots and waiting
 * steps, the pool defaults, and the mutations that set and delete a pool's limit.
 * @module
 */
import { graphql } from "../../gql";
import type { ConcurrencyPageQuery } from "../../gql/graphql";

export const CONCURRENCY_QUERY = graphql(`
  query ConcurrencyPage {
    instance {
      id
      minConcurrencyLimitValue
      maxConcurrencyLimitValue
      poolConfig { poolGranularity defaultPoolLimit }
      concurrencyLimits {
        concurrencyKey
        limit
        usingDefaultLimit
        activeSlotCount
        claimedSlots { runId stepKey }
        pendingSteps { runId stepKey enqueuedTimestamp }
      }
    }
  }`);

export const SET_LIMIT = graphql(`
  mutation SetConcurrencyLimit($concurrencyKey: String!, $limit: Int!) {
    setConcurrencyLimit(concurrencyKey: $concurrencyKey, limit: $limit)
  }`);

export const DELETE_LIMIT = graphql(`
  mutation DeleteConcurrencyLimit($concurrencyKey: String!) {
    deleteConcurrencyLimit(concurrencyKey: $concurrencyKey)
  }`);

export type Pool = ConcurrencyPageQuery["instance"]["concurrencyLimits"][number];
