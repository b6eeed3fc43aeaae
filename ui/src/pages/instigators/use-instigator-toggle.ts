/**
 * Turning a schedule or sensor on or off: `startSchedule` / `stopRunningSchedule`, `startSensor` /
 * `stopSensor`. The switch moves at once (optimistic); it stays where the user put it until the server
 * answered and the page re-read its state, and goes back, with the server's message, when the mutation
 * answers an error member (or fails outright).
 * @module
 */
import { useCallback, useState } from "react";
import { graphql } from "../../api/graphql";
import { selectorFor, type InstigatorKind, type RepositorySelector } from "./instigator-kind";

export type ToggleTarget = {
  readonly kind: InstigatorKind;
  readonly name: string;
  readonly repository: RepositorySelector;
  /** InstigationState.id, which the stop mutations take. */
  readonly stateId: string;
};

const STATE_FIELDS = "id status";
const START_SCHEDULE = `mutation StartSchedule($selector: ScheduleSelector!) { result: startSchedule(scheduleSelector: $selector) { __typename ... on ScheduleStateResult { state: scheduleState { ${STATE_FIELDS} } } ... on Error { message } } }`;
const STOP_SCHEDULE = `mutation StopSchedule($id: String!) { result: stopRunningSchedule(id: $id) { __typename ... on ScheduleStateResult { state: scheduleState { ${STATE_FIELDS} } } ... on Error { message } } }`;
const START_SENSOR = `mutation StartSensor($selector: SensorSelector!) { result: startSensor(sensorSelector: $selector) { __typename ... on Sensor { id state: sensorState { ${STATE_FIELDS} } } ... on Error { message } } }`;
const STOP_SENSOR = `mutation StopSensor($id: String!) { result: stopSensor(id: $id) { __typename ... on StopSensorMutationResult { state: instigationState { ${STATE_FIELDS} } } ... on Error { message } } }`;

type ToggleResult = { result: { __typename: string; state?: { status: string } | null; message?: string } };

/** Runs the mutation; returns null when the server now has the wanted status, else what went wrong. */
async function setRunning(target: ToggleTarget, on: boolean): Promise<string | null> {
  const schedule = target.kind === "schedule";
  const document = on ? (schedule ? START_SCHEDULE : START_SENSOR) : schedule ? STOP_SCHEDULE : STOP_SENSOR;
  const variables = on ? { selector: selectorFor(target.kind, target.repository, target.name) } : { id: target.stateId };
  const { result } = await graphql<ToggleResult>(document, variables);
  if (result.message !== undefined) return `${result.__typename}: ${result.message}`;
  const wanted = on ? "RUNNING" : "STOPPED";
  if (result.state?.status !== wanted) return `The server answered ${result.__typename} with status ${result.state?.status ?? "unknown"}, not ${wanted}`;
  return null;
}

export function useInstigatorToggle(target: ToggleTarget, serverRunning: boolean, refetch: () => Promise<void>) {
  const [optimistic, setOptimistic] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  const toggle = useCallback(
    async (on: boolean) => {
      setOptimistic(on);
      setError(null);
      try {
        const failure = await setRunning(target, on);
        if (failure) setError(`Could not turn ${target.name} ${on ? "on" : "off"}. ${failure}`);
        else await refetch();
      } catch (caught) {
        setError(`Could not turn ${target.name} ${on ? "on" : "off"}. ${caught instanceof Error ? caught.message : String(caught)}`);
      }
      setOptimistic(null);
    },
    [target, refetch],
  );

  return { running: optimistic ?? serverRunning, pending: optimistic !== null, error, toggle, dismissError: () => setError(null) };
}
