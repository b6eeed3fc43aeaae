/**
 * Row selection for a page of runs: click a checkbox to toggle one row, shift-click to set every row
 * between it and the last clicked row the same way, or select the whole page. Selection is per page:
 * it empties when `pageKey` (filters and cursor) changes, and rows a refresh removed drop out of it.
 * @module
 */
import { useCallback, useMemo, useRef, useState } from "react";

export type RowSelection = {
  readonly selected: ReadonlySet<string>;
  readonly allSelected: boolean;
  toggle(id: string, extendRange: boolean): void;
  toggleAll(): void;
  clear(): void;
};

export function useRowSelection(ids: readonly string[], pageKey: string): RowSelection {
  const [state, setState] = useState<{ pageKey: string; selected: ReadonlySet<string> }>({
    pageKey,
    selected: new Set(),
  });
  const anchor = useRef<string | null>(null);
  const stored = state.pageKey === pageKey ? state.selected : EMPTY;
  const selected = useMemo(() => new Set(ids.filter((id) => stored.has(id))), [ids, stored]);

  const toggle = useCallback(
    (id: string, extendRange: boolean) => {
      const checked = !selected.has(id);
      const from = anchor.current === null ? -1 : ids.indexOf(anchor.current);
      const to = ids.indexOf(id);
      const range =
        extendRange && from >= 0 && to >= 0 ? ids.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
      const next = new Set(selected);
      for (const each of range) {
        if (checked) next.add(each);
        else next.delete(each);
      }
      anchor.current = id;
      setState({ pageKey, selected: next });
    },
    [ids, selected, pageKey],
  );

  const allSelected = ids.length > 0 && selected.size === ids.length;
  return {
    selected,
    allSelected,
    toggle,
    toggleAll: () => setState({ pageKey, selected: allSelected ? EMPTY : new Set(ids) }),
    clear: () => setState({ pageKey, selected: EMPTY }),
  };
}

const EMPTY: ReadonlySet<string> = new Set();
