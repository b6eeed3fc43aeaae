/**
 * `dagflare instance info`: what the instance runs — version, run launcher and queue, daemon health and
 * the code locations with their load status.
 * @module
 */
import { Command } from "commander";
import pc from "picocolors";
import { contextOf } from "../context";
import { emit, formatTime, printTable } from "../output/output";
import { withProgress } from "../output/progress";

type InstanceInfo = {
  version: string;
  instance: {
    runLauncher: { name: string } | null;
    runQueuingSupported: boolean;
    runQueueConfig: { maxConcurrentRuns: number } | null;
    daemonHealth: {
      allDaemonStatuses: {
        daemonType: string;
        healthy: boolean | null;
        lastHeartbeatTime: number | null;
        required: boolean;
      }[];
    };
  };
  workspaceOrError: {
    __typename: string;
    message?: string;
    locationEntries?: {
      name: string;
      loadStatus: string;
      locationOrLoadError: { __typename: string; message?: string } | null;
    }[];
  };
};

const INSTANCE_INFO = `query CliInstanceInfo {
  version
  instance { runLauncher { name } runQueuingSupported runQueueConfig { maxConcurrentRuns } daemonHealth { allDaemonStatuses { daemonType healthy lastHeartbeatTime required } } }
  workspaceOrError { __typename ... on Error { message } ... on Workspace { locationEntries { name loadStatus locationOrLoadError { __typename ... on Error { message } } } } }
}`;

export function instanceCommand(): Command {
  const instance = new Command("instance").description("the instance the CLI talks to");
  instance
    .command("info")
    .description("version, run launcher, run queue, daemon health and code locations")
    .addHelpText(
      "after",
      "\nExample:\n  dagflare instance info --url https://dagflare-webserver.example.workers.dev",
    )
    .action(async (_options, command: Command) => {
      const context = contextOf(command);
      const info = await withProgress(`Reading ${context.client.connection.url}`, () =>
        context.client.request<InstanceInfo>(INSTANCE_INFO),
      );
      emit(context.json, { url: context.client.connection.url, ...info }, () => {
        console.log(`${pc.bold("URL")}           ${context.client.connection.url}`);
        console.log(`${pc.bold("Version")}       ${info.version}`);
        console.log(`${pc.bold("Run launcher")}  ${info.instance.runLauncher?.name ?? "-"}`);
        const queue = info.instance.runQueueConfig;
        console.log(
          `${pc.bold("Run queue")}     ${info.instance.runQueuingSupported && queue ? `queued, at most ${queue.maxConcurrentRuns} runs at once` : "immediate"}`,
        );
        console.log(`\n${pc.bold("Daemons")}`);
        printTable(info.instance.daemonHealth.allDaemonStatuses, [
          { header: "DAEMON", value: (daemon) => daemon.daemonType },
          {
            header: "HEALTHY",
            value: (daemon) => (daemon.healthy == null ? "-" : daemon.healthy ? "yes" : "no"),
            color: (text) => (text.startsWith("no") ? pc.red(text) : text),
          },
          { header: "LAST HEARTBEAT", value: (daemon) => formatTime(daemon.lastHeartbeatTime) },
        ]);
        console.log(`\n${pc.bold("Code locations")}`);
        const entries = info.workspaceOrError.locationEntries ?? [];
        printTable(entries, [
          { header: "LOCATION", value: (entry) => entry.name },
          {
            header: "STATUS",
            value: (entry) =>
              entry.locationOrLoadError?.__typename === "PythonError" ? "LOAD ERROR" : entry.loadStatus,
          },
          { header: "ERROR", value: (entry) => entry.locationOrLoadError?.message?.split("\n")[0] },
        ]);
      });
    });
  return instance;
}
