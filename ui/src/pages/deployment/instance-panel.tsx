/**
 * The instance in effect: which run coordinator and launcher run things, the queue's limits, and the
 * whole dagflare.yaml as the server resolved it (`instance.info`), where every `{ env: NAME }` stays a
 * reference: the server never resolves secrets into what it sends here.
 * @module
 */
import type { ReactNode } from "react";
import { Facts } from "../../components/facts";
import { graphql } from "../../gql";
import type { InstanceFieldsFragment } from "../../gql/graphql";
import ui from "../../components/ui.module.css";
import styles from "./deployment.module.css";

export const InstanceFields = graphql(`
  fragment InstanceFields on Instance { info runLauncher { name } runQueuingSupported runQueueConfig { maxConcurrentRuns tagConcurrencyLimitsYaml } }
`);

export type InstanceInfo = InstanceFieldsFragment;

export function InstancePanel({ instance }: { instance: InstanceInfo }) {
  const queue = instance.runQueueConfig;
  return (
    <section className={ui.panel} aria-labelledby="instance-heading">
      <h2 id="instance-heading">Instance</h2>
      <Facts
        facts={[
          [
            "Run coordinator",
            instance.runQueuingSupported ? "QueuedRunCoordinator" : "DefaultRunCoordinator",
          ],
          ["Run launcher", instance.runLauncher?.name ?? <span className={ui.muted}>none</span>],
          queue !== null && [
            "Max concurrent runs",
            queue.maxConcurrentRuns < 0 ? "unlimited" : queue.maxConcurrentRuns,
          ],
          queue !== null && [
            "Tag concurrency limits",
            queue.tagConcurrencyLimitsYaml ? (
              <pre>{queue.tagConcurrencyLimitsYaml}</pre>
            ) : (
              <span className={ui.muted}>none</span>
            ),
          ],
        ]}
      />
      <h3 className={styles.subheading}>Configuration in effect</h3>
      <p className={`${ui.muted} ${ui.small}`}>
        dagflare.yaml with every default filled in. Values written <code>{"{ env: NAME }"}</code> are shown as
        that reference; their values (secrets included) never leave the server.
      </p>
      {instance.info ? (
        <YamlView text={instance.info} label="Instance configuration" />
      ) : (
        <span className={ui.muted}>The server reports no configuration.</span>
      )}
    </section>
  );
}

/** YAML with keys and `env:` references picked out; plain text otherwise (no parser needed to read it). */
function YamlView({ text, label }: { text: string; label: string }) {
  const lines = text.replace(/\n$/, "").split("\n");
  return (
    <pre className={styles.yamlView} aria-label={label} tabIndex={0}>
      {lines.map((line, index) => (
        <YamlLine key={index} line={line} />
      ))}
    </pre>
  );
}

function YamlLine({ line }: { line: string }): ReactNode {
  const match = /^(\s*(?:- )?)([\w.-]+)(:)(.*)$/.exec(line);
  if (!match) return `${line}\n`;
  const [, indent = "", key = "", colon = "", rest = ""] = match;
  return (
    <span className={key === "env" ? styles.yamlEnv : undefined}>
      {indent}
      <span className={styles.yamlKey}>{key}</span>
      {colon}
      {rest}
      {"\n"}
    </span>
  );
}
