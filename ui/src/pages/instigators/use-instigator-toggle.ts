/**
 * Turning a schedule or sensor on or off: `startSchedule` / `stopRunningSchedule`, `startSensor` /
 * `stopSensor`. The switch moves at once (optimistic); it stays where the user put it until the server
 * answered and the page re-read its state, and goes back, with the server's message, when the mutation
 * answers an error member (or fails outright).
 * @module
 */
import { useCallback, useState } from "react";
import { request } from "../../api/graphql";
import { graphql } from "../../gql";
import type { InstigatorKind, RepositorySelector } from "./instigator-kind";

export type ToggleTarget = {
  readonly kind: InstigatorKind;
  readonly name: string;
  readonly repository: RepositorySelector;
  /** InstigationState.id, which the stop mutations take. */
  readonly stateId: string;
};

const START_SCHEDULE = graphql(
  `mutation StartSchedule($selector: ScheduleSelector!) { result: startSchedule(scheduleSelector: $selector) { __typename ... on ScheduleStateResult { state: scheduleState { id status } } ... on Error { message } } }`,
);
const STOP_SCHEDULE = graphql(
  `mutation StopSchedule($id: String!) { result: stopRunningSchedule(id: $id) { __typename ... on ScheduleStateResult { state: scheduleState { id status } } ... on Error { message } } }`,
);
const START_SENSOR = graphql(
  `mutation StartSensor($selector: SensorSelector!) { result: startSensor(sensorSelector: $selector) { __typename ... on Sensor { id state: sensorState { id status } } ... on Error { message } } }`,
);
const STOP_SENSOR = graphql(
  `mutation StopSensor($id: String!) { result: stopSensor(id: $id) { __typename ... on StopSensorMutationResult { state: instigationState { id status } } ... on Error { message } } }`,
);

/** The mutation's answer: the state it left (Dagster's result member) or an error member with a message. */
async function answer({ kind, repository, name, stateId }: ToggleTarget, on: boolean) {
  if (kind === "schedule")
    return on
      ? (await request(START_SCHEDULE, { selector: { ...repository, scheduleName: name } })).result
      : (await request(STOP_SCHEDULE, { id: stateId })).result;
  return on
    ? (await request(START_SENSOR, { selector: { ...repository, sensorName: name } })).result
    : (await request(STOP_SENSOR, { id: stateId })).result;
}

/** Runs the mutation; returns null when the server now has the wanted status, else what went wrong. */
async function setRunning(target: ToggleTarget, on: boolean): Promise<string | null> {
  const result = await answer(target, on);
  if ("message" in result) return `${result.__typename}: ${result.message}`;
  const status = "state" in result ? result.state?.status : undefined;
  const wanted = on ? "RUNNING" : "STOPPED";
  if (status !== wanted)
    return `The server answered ${result.__typename} with status ${status ?? "unknown"}, not ${wanted}`;
  return null;
}

export function useInstigatorToggle(
  target: ToggleTarget,
  serverRunning: boolean,
  refetch: () => Promise<void>,
) {
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
        setError(
          `Could not turn ${target.name} ${on ? "on" : "off"}. ${caught instanceof Error ? caught.message : String(caught)}`,
        );
      }
      setOptimistic(null);
    },
    [target, refetch],
  );

  return {
    running: optimistic ?? serverRunning,
    pending: optimistic !== null,
    error,
    toggle,
    dismissError: () => setError(null),
  };
}
