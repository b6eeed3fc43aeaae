/**
 * Every page and the URL it lives at. Each page is its own folder under pages/; a page receives its
 * path params and reads the query string itself (filters live in the URL so they survive a reload).
 * @module
 */
import type { ComponentType } from "react";
import type { PageProps } from "./page-props";
import { AdminPage } from "./pages/admin/admin-page";
import { ConcurrencyPage } from "./pages/concurrency/concurrency-page";
import { ResourcePage } from "./pages/resources/resource-page";
import { ResourcesPage } from "./pages/resources/resources-page";
import { DeploymentPage } from "./pages/deployment/deployment-page";
import { JobPage } from "./pages/jobs/job-page";
import { JobsPage } from "./pages/jobs/jobs-page";
import { LaunchpadPage } from "./pages/launchpad/launchpad-page";
import { OverviewPage } from "./pages/overview/overview-page";
import { RunPage } from "./pages/run/run-page";
import { RunsPage } from "./pages/runs/runs-page";
import { SchedulePage } from "./pages/instigators/schedule-page";
import { SchedulesPage } from "./pages/instigators/schedules-page";
import { SensorPage } from "./pages/instigators/sensor-page";
import { SensorsPage } from "./pages/instigators/sensors-page";

export type Route = {
  readonly pattern: string;
  readonly page: ComponentType<PageProps>;
  readonly section: Section;
};

export type Section =
  | "overview"
  | "runs"
  | "jobs"
  | "schedules"
  | "sensors"
  | "deployment"
  | "concurrency"
  | "resources"
  | "admin";

export const routes: readonly Route[] = [
  { pattern: "/overview", page: OverviewPage, section: "overview" },
  { pattern: "/runs", page: RunsPage, section: "runs" },
  { pattern: "/runs/:runId", page: RunPage, section: "runs" },
  { pattern: "/jobs", page: JobsPage, section: "jobs" },
  { pattern: "/locations/:location/jobs/:job", page: JobPage, section: "jobs" },
  { pattern: "/locations/:location/jobs/:job/launchpad", page: LaunchpadPage, section: "jobs" },
  { pattern: "/schedules", page: SchedulesPage, section: "schedules" },
  { pattern: "/locations/:location/schedules/:name", page: SchedulePage, section: "schedules" },
  { pattern: "/sensors", page: SensorsPage, section: "sensors" },
  { pattern: "/locations/:location/sensors/:name", page: SensorPage, section: "sensors" },
  { pattern: "/deployment", page: DeploymentPage, section: "deployment" },
  { pattern: "/concurrency", page: ConcurrencyPage, section: "concurrency" },
  { pattern: "/resources", page: ResourcesPage, section: "resources" },
  { pattern: "/locations/:location/resources/:name", page: ResourcePage, section: "resources" },
  { pattern: "/admin", page: AdminPage, section: "admin" },
];
