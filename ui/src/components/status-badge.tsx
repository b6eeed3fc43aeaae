import ui from "./ui.module.css";
/** A run, step or tick status as a coloured pill; the colours are shared with the Gantt chart (ui.module.css). */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`${ui.status} ${ui[`status-${status.toLowerCase()}`]}`}>
      {status.replaceAll("_", " ")}
    </span>
  );
}
