/**
 * A table of rows described by their columns: each column's header and the cell it makes of a row, in
 * the shared table look (ui.module.css `table-wrap`, `table`). The lists of runs, ticks, schedules,
 * sensors and daemons are all this table with their own columns.
 * @module
 */
import type { HTMLAttributes, ReactNode } from "react";
import { cx } from "./class-names";
import ui from "./ui.module.css";

export type Column<T> = {
  readonly header: ReactNode;
  readonly cell: (row: T) => ReactNode;
  /** On the header and every cell of the column. */
  readonly className?: string;
  /** On the header only. */
  readonly headerClassName?: string;
};

export function DataTable<T>({
  label,
  columns,
  rows,
  rowKey,
  rowProps,
  className,
  wrapClassName,
  busy,
}: {
  /** The table's accessible name. */
  label?: string;
  /** The columns in order; `false` leaves one out. */
  columns: readonly (Column<T> | false)[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string>;
  className?: string;
  wrapClassName?: string;
  /** The rows shown are being replaced (`aria-busy`). */
  busy?: boolean;
}) {
  const shown = columns.filter((column): column is Column<T> => column !== false);
  return (
    <div className={cx(ui.tableWrap, wrapClassName)}>
      <table className={cx(ui.table, className)} aria-label={label} aria-busy={busy || undefined}>
        <thead>
          <tr>
            {shown.map((column, index) => (
              <th key={index} className={cx(column.className, column.headerClassName) || undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              {shown.map((column, index) => (
                <td key={index} className={column.className}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
