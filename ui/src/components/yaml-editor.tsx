/**
 * A YAML editor (CodeMirror 6): highlighting, line numbers, undo, and problems marked in place (underline,
 * gutter marker, message on hover) from `diagnostics`. Keyboard: Tab / Shift-Tab indent, and Escape then
 * Tab leaves the editor (CodeMirror's tab-focus escape), so keyboard users are never trapped;
 * Ctrl/Cmd+Enter calls `onSubmit`. Controlled: `value` replaces the text when it differs from what the
 * editor holds (e.g. after "scaffold missing config"), and every edit is reported through `onChange`.
 * @module
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { yaml } from "@codemirror/lang-yaml";
import { defaultHighlightStyle, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { lintGutter, setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorSelection, EditorState, Prec } from "@codemirror/state";
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { useEffect, useImperativeHandle, useRef, type Ref } from "react";
import { cx } from "./class-names";
import styles from "./yaml-editor.module.css";

export type EditorProblem = { readonly from: number; readonly to: number; readonly message: string };

export type YamlEditorHandle = {
  /** Puts the cursor at `offset`, scrolls it into view and focuses the editor. */
  readonly focusAt: (offset: number) => void;
};

export type YamlEditorProps = {
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly problems: readonly EditorProblem[];
  readonly label: string;
  readonly describedBy?: string;
  readonly onSubmit?: () => void;
  /** Sizes the frame from the page that places it. */
  readonly className?: string;
  readonly ref?: Ref<YamlEditorHandle>;
};

export function YamlEditor({
  value,
  onChange,
  problems,
  label,
  describedBy,
  onSubmit,
  className,
  ref,
}: YamlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const callbacks = useRef({ onChange, onSubmit });
  callbacks.current = { onChange, onSubmit };

  useEffect(() => {
    if (!host.current) return undefined;
    const submit = () => {
      callbacks.current.onSubmit?.();
      return callbacks.current.onSubmit !== undefined;
    };
    const editor = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          highlightActiveLine(),
          drawSelection(),
          history(),
          yaml(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          lintGutter(),
          EditorState.tabSize.of(2),
          indentUnit.of("  "),
          Prec.highest(keymap.of([{ key: "Mod-Enter", run: submit }])),
          keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
          EditorView.contentAttributes.of({
            "aria-label": label,
            ...(describedBy ? { "aria-describedby": describedBy } : {}),
          }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Created once per label; `value` and `problems` reach it through the effects below.
  }, [label, describedBy]);

  useEffect(() => {
    const editor = view.current;
    if (!editor || editor.state.doc.toString() === value) return;
    editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const editor = view.current;
    if (!editor) return;
    const length = editor.state.doc.length;
    const clamp = (offset: number) => Math.max(0, Math.min(length, offset));
    const diagnostics: Diagnostic[] = problems.map((problem) => ({
      from: clamp(problem.from),
      to: clamp(Math.max(problem.from, problem.to)),
      severity: "error",
      message: problem.message,
    }));
    editor.dispatch(setDiagnostics(editor.state, diagnostics));
  }, [problems, value]);

  useImperativeHandle(
    ref,
    () => ({
      focusAt: (offset: number) => {
        const editor = view.current;
        if (!editor) return;
        const anchor = Math.max(0, Math.min(editor.state.doc.length, offset));
        editor.dispatch({
          selection: EditorSelection.cursor(anchor),
          effects: EditorView.scrollIntoView(anchor, { y: "center" }),
        });
        editor.focus();
      },
    }),
    [],
  );

  return <div ref={host} className={cx(styles.yamlEditor, className)} />;
}
