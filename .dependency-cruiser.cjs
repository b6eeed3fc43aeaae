// The architecture check (`npm run check:architecture`, part of `npm test`): no import cycles anywhere, and
// nothing lower imports anything higher. From the bottom up: the core (shared/), its hosts' adapters
// (shared/**/adapter/), the residents of the instance host (workers/webserver, durable-objects/), and the
// instance host itself (workers/instance-host), which alone wires them together.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Import cycles make a module unreadable without the ones it cycles through.",
      from: {},
      to: { circular: true },
    },
    {
      name: "core-imports-no-host",
      severity: "error",
      comment:
        "shared/ is the core every host runs; it never reaches up into a Worker, a Durable Object, the UI or user code.",
      from: { path: "^shared/" },
      to: { path: "^(workers|durable-objects|ui|examples|scripts|test|bench)/" },
    },
    {
      name: "core-imports-no-adapter",
      severity: "error",
      comment:
        "Hosts are adapters around one core (as Hono's src/adapter/<runtime>/): the core never imports an adapter.",
      from: { path: "^shared/", pathNot: "/adapter/" },
      to: { path: "^shared/.+/adapter/" },
    },
    {
      name: "residents-import-no-host",
      severity: "error",
      comment:
        "The webserver and the Durable Objects are given their instance by the host; they never import it.",
      from: { path: "^(workers/webserver|durable-objects)/" },
      to: { path: "^workers/instance-host/" },
    },
    {
      name: "webserver-imports-no-durable-object",
      severity: "error",
      comment:
        "The webserver reaches the daemon through the core's DaemonControl, never the Daemon object's internals.",
      from: { path: "^workers/webserver/" },
      to: { path: "^durable-objects/" },
    },
    {
      name: "durable-objects-import-no-worker",
      severity: "error",
      from: { path: "^durable-objects/" },
      to: { path: "^workers/" },
    },
    {
      name: "storage-is-low",
      severity: "error",
      comment: "Storage holds records; it knows nothing of the components that use it.",
      from: { path: "^shared/storage/" },
      to: {
        path: "^shared/(instance|operations|daemon|run-coordinator|run-launcher|run-worker|executor|runs|workspace|code-location|definitions|planning|io-manager|concurrency)/",
      },
    },
    {
      name: "sdk-knows-no-instance",
      severity: "error",
      comment:
        "The definitions SDK is what code locations bundle: it never depends on the instance's machinery.",
      from: { path: "^shared/definitions/" },
      to: {
        path: "^shared/(storage|instance|operations|daemon|run-coordinator|run-launcher|run-worker|executor|runs|workspace)/",
      },
    },
    {
      name: "engine-below-instance",
      severity: "error",
      comment:
        "The run worker and executors run inside code locations; the instance, its operations and its daemon are above them.",
      from: { path: "^shared/(run-worker|executor|io-manager|planning)/" },
      to: { path: "^shared/(instance|operations|daemon|run-coordinator)/" },
    },
    {
      name: "instance-below-operations-and-daemon",
      severity: "error",
      from: { path: "^shared/instance/" },
      to: { path: "^shared/(operations|daemon)/" },
    },
    {
      name: "operations-below-daemon",
      severity: "error",
      comment: "The daemon calls the domain operations, as GraphQL and the JSON API do; never the reverse.",
      from: { path: "^shared/operations/" },
      to: { path: "^shared/daemon/" },
    },
    {
      name: "ui-is-its-own-app",
      severity: "error",
      comment: "The UI talks to the instance only through GraphQL.",
      from: { path: "^ui/" },
      to: { path: "^(shared|workers|durable-objects|examples)/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)(node_modules|\\.dagflare|\\.wrangler|ui/dist|test-artifacts)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mts", ".mjs", ".js", ".d.ts"],
    },
  },
};
