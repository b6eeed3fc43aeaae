/**
 * A row of joined buttons choosing one of a few views: a tab list whose tabs say which is selected.
 * @module
 */
import type { ReactNode } from "react";
import { cx } from "./class-names";
import styles from "./segmented-tabs.module.css";

export function SegmentedTabs<T extends string>({
  label,
  options,
  value,
  onChange,
  className,
}: {
  /** The tab list's accessible name. */
  label: string;
  options: readonly { value: T; label: ReactNode }[];
  value: T;
  onChange: (value: T) => void;
  className?: string;
}) {
  return (
    <div className={cx(styles.segmented, className)} role="tablist" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          role="tab"
          aria-selected={value === option.value}
          className={value === option.value ? styles.active : undefined}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
