/**
 * "Test schedule": evaluates the schedule on its code location for a chosen time (`scheduleDryRun`) and
 * shows what that tick would do, without launching or storing anything. The time is entered in the
 * browser's local time; empty means now.
 * @module
 */
import { useState } from "react";
import { DryRunPanel } from "./dry-run-panel";
import type { RepositorySelector } from "./instigator-kind";
import { useMutation } from "./use-mutation";
import { graphql } from "../../gql";

const SCHEDULE_DRY_RUN = graphql(
  `mutation ScheduleDryRun($selector: ScheduleSelector!, $timestamp: Float) { result: scheduleDryRun(selectorData: $selector, timestamp: $timestamp) { __typename ...DryRunTickFields ...PythonErrorFields ... on Error { message } } }`,
);

/** Epoch seconds → the value a datetime-local input takes, in local time. */
function toLocalInput(seconds: number): string {
  const date = new Date(seconds * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function useScheduleDryRun(repository: RepositorySelector, scheduleName: string) {
  const [time, setTime] = useState("");
  const mutation = useMutation(SCHEDULE_DRY_RUN);
  const evaluate = (timestamp: number | null) =>
    mutation.run({ selector: { ...repository, scheduleName }, timestamp: timestamp ?? null });
  /** Dry-runs a given tick (from the upcoming list) and shows its time in the form. */
  const evaluateAt = (timestamp: number) => {
    setTime(toLocalInput(timestamp));
    void evaluate(timestamp);
  };
  return { time, setTime, mutation, evaluate, evaluateAt };
}

export function ScheduleDryRun({ dryRun }: { dryRun: ReturnType<typeof useScheduleDryRun> }) {
  const { time, setTime, mutation, evaluate } = dryRun;
  return (
    <DryRunPanel
      title="Test schedule"
      mutation={mutation}
      onEvaluate={() => void evaluate(time ? new Date(time).getTime() / 1000 : null)}
      field={
        <label>
          Evaluate as of (your time; empty = now)
          <input type="datetime-local" value={time} onChange={(event) => setTime(event.target.value)} />
        </label>
      }
    />
  );
}
