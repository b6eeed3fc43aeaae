/** Every pool: its limit (and whether it is the default), slots held by which run's step, and the steps waiting. */
import { useState } from "react";
import { request } from "../../api/graphql";
import { RunIdLink } from "../../components/run-id-link";
import { TimeAgo } from "../../components/time-ago";
import ui from "../../components/ui.module.css";
import { DELETE_LIMIT, type Pool } from "./concurrency-query";
import styles from "./concurrency.module.css";

function StepList({
  steps,
  label,
}: {
  steps: readonly { runId: string; stepKey: string; enqueuedTimestamp?: number }[];
  label: string;
}) {
  if (steps.length === 0) return <span className={ui.muted}>None</span>;
  return (
    <ul className={styles.steps} aria-label={label}>
      {steps.map((step) => (
        <li key={`${step.runId}/${step.stepKey}`}>
          <RunIdLink runId={step.runId} /> <code>{step.stepKey}</code>
          {step.enqueuedTimestamp === undefined ? null : (
            <>
              {" "}
              <span className={ui.muted}>
                waiting since <TimeAgo value={step.enqueuedTimestamp} />
              </span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function PoolsTable({ pools, onChanged }: { pools: readonly Pool[]; onChanged: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const deleteLimit = async (pool: string) => {
    setError(null);
    try {
      await request(DELETE_LIMIT, { concurrencyKey: pool });
      onChanged();
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown));
    }
  };

  if (pools.length === 0) {
    return (
      <div className={ui.state}>
        <strong>No pools yet</strong>A pool appears once a limit is set or a step of an op with a pool runs.
      </div>
    );
  }
  return (
    <>
      {error ? (
        <div className={`${ui.state} ${ui.stateError}`} role="alert">
          {error}
        </div>
      ) : null}
      <div className={ui.tableWrap}>
        <table className={ui.table} aria-label="Pools">
          <thead>
            <tr>
              <th>Pool</th>
              <th>Limit</th>
              <th>Slots in use</th>
              <th>Held by</th>
              <th>Waiting</th>
              <th className={styles.actions} />
            </tr>
          </thead>
          <tbody>
            {pools.map((pool) => (
              <tr key={pool.concurrencyKey} data-pool={pool.concurrencyKey}>
                <td className={styles.poolName}>{pool.concurrencyKey}</td>
                <td>
                  {pool.limit ?? "Unlimited"}
                  {pool.usingDefaultLimit ? <div className={`${ui.muted} ${ui.small}`}>default</div> : null}
                </td>
                <td
                  className={`${styles.slots} ${pool.limit !== null && pool.activeSlotCount >= pool.limit ? styles.full : ""}`}
                >
                  {pool.activeSlotCount}
                  {pool.limit === null ? "" : ` / ${pool.limit}`}
                </td>
                <td>
                  <StepList steps={pool.claimedSlots} label={`Slots of ${pool.concurrencyKey}`} />
                </td>
                <td>
                  <StepList steps={pool.pendingSteps} label={`Steps waiting for ${pool.concurrencyKey}`} />
                </td>
                <td className={styles.actions}>
                  {pool.usingDefaultLimit ? null : (
                    <button
                      type="button"
                      className={ui.button}
                      onClick={() => void deleteLimit(pool.concurrencyKey)}
                      aria-label={`Delete the limit of ${pool.concurrencyKey}`}
                    >
                      Delete limit
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
