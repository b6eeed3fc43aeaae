// Bindings the daemon tests reach through `env` from cloudflare:test, beyond the D1 database and
// migrations test/storage/env.d.ts declares: the rest of the webserver's bindings (wrangler.toml).
declare namespace Cloudflare {
  interface Env {
    ASSETS: Fetcher;
    DAEMON: DurableObjectNamespace<import("../../durable-objects/daemon/daemon").Daemon>;
    CONCURRENCY: DurableObjectNamespace<
      import("../../durable-objects/concurrency/concurrency-object").ConcurrencyObject<
        import("../../workers/instance-host/env").InstanceHostEnv
      >
    >;
    RUN_QUEUE: Queue<import("../../shared/run-coordinator/run-queue-message").RunQueueMessage>;
    /** test/daemon/dagflare.yaml, set by the daemon project in vitest.config.mts. */
    DAGFLARE_INSTANCE_YAML: string;
  }
}
