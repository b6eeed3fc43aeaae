/** Label/value pairs (a definition list in two aligned columns): a thing's details on its page. */
import { Fragment, type ReactNode } from "react";
import styles from "./facts.module.css";

export type Fact = readonly [label: string, value: ReactNode];

export function Facts({ facts }: { facts: readonly (Fact | null | false)[] }) {
  return (
    <dl className={styles.factList}>
      {facts.map((fact) =>
        fact ? (
          <Fragment key={fact[0]}>
            <dt>{fact[0]}</dt>
            <dd>{fact[1]}</dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}
