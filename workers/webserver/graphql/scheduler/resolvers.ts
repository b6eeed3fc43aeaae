/**
 * The scheduler is the daemon's: named as Dagster names its daemon-run scheduler.
 * @module
 */
import type { Resolvers } from "../__generated__/resolvers-types";

export const SCHEDULER_CLASS = "DagsterDaemonScheduler";

export const resolvers: Resolvers = {
  Query: {
    scheduler: () => ({ __typename: "Scheduler", schedulerClass: SCHEDULER_CLASS }),
  },
};
