/**
 * A modal dialog on the native `<dialog>` element: focus moves into it, Escape closes it and the page
 * behind is inert, with no focus-trap code of our own. For confirmations and result summaries.
 * @module
 */
import { useEffect, useId, useRef, type ReactNode } from "react";
import styles from "./dialog.module.css";

export function Dialog({
  open,
  title,
  onClose,
  children,
  actions,
}: {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className={styles.dialog} aria-labelledby={titleId} onClose={onClose}>
      {open ? (
        <>
          <h2 id={titleId}>{title}</h2>
          <div className={styles.dialogBody}>{children}</div>
          {actions ? <div className={styles.dialogActions}>{actions}</div> : null}
        </>
      ) : null}
    </dialog>
  );
}
