/**
 * Concurrency (`/concurrency`, Dagster's Deployment → Concurrency): each op concurrency pool's limit, the
 * slots held (run and step) and the steps waiting, with setting and deleting a limit. Polls every 2 s,
 * since slots change as steps start and end.
 * @module
 */
import { useQuery } from "../../api/use-query";
import { PageHeader } from "../../components/page-header";
import { ErrorBox, Loading } from "../../components/states";
import ui from "../../components/ui.module.css";
import type { PageProps } from "../../page-props";
import { CONCURRENCY_QUERY } from "./concurrency-query";
import styles from "./concurrency.module.css";
import { PoolLimitForm } from "./pool-limit-form";
import { PoolsTable } from "./pools-table";

const POLL_MS = 2_000;

export function ConcurrencyPage(_props: PageProps) {
  const { data, error, loading, refetch } = useQuery(CONCURRENCY_QUERY, {}, { pollMs: POLL_MS });
  const instance = data?.instance;
  return (
    <>
      <PageHeader title="Concurrency" />
      {error && !data ? <ErrorBox title="Could not load the pools" error={error} /> : null}
      {loading ? <Loading what="the pools" /> : null}
      {instance ? (
        <>
          <p className={`${ui.muted} ${styles.defaults}`}>
            Pools without a limit of their own: {instance.poolConfig?.defaultPoolLimit ?? "unlimited"};
            granularity {instance.poolConfig?.poolGranularity ?? "op"}.
          </p>
          <PoolLimitForm
            min={instance.minConcurrencyLimitValue}
            max={instance.maxConcurrencyLimitValue}
            onChanged={() => void refetch()}
          />
          <PoolsTable pools={instance.concurrencyLimits} onChanged={() => void refetch()} />
        </>
      ) : null}
    </>
  );
}
