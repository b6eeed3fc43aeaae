import ui from "./ui.module.css";
/** Run tags as `key=value` chips; `onSelect` lets a list filter by the clicked tag. */
export type Tag = { readonly key: string; readonly value: string };

export function TagList({ tags, onSelect }: { tags: readonly Tag[]; onSelect?: (tag: Tag) => void }) {
  if (tags.length === 0) return null;
  return (
    <span className={ui.tags}>
      {tags.map((tag) =>
        onSelect ? (
          <button
            type="button"
            key={tag.key}
            className={ui.tag}
            onClick={() => onSelect(tag)}
            title={`Filter by ${tag.key}=${tag.value}`}
          >
            {tag.key}={tag.value}
          </button>
        ) : (
          <span key={tag.key} className={ui.tag}>
            {tag.key}={tag.value}
          </span>
        ),
      )}
    </span>
  );
}
