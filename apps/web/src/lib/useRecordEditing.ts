import { useState } from "react";

/**
 * A screen whose records are added and edited in a form above the list (a fresh form per record and
 * version) and ended in a dialog (퇴사, 프로그램 종료), with the success notice of either.
 */
export function useRecordEditing<T extends { id: string; version: number }>() {
  const [editing, setEditing] = useState<T | "new" | null>(null);
  const [ending, setEnding] = useState<T | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    notice,
    setNotice,
    add: () => setEditing("new"),
    edit: (record: T) => setEditing(record),
    end: (record: T) => setEnding(record),
    /** the form's key: a fresh form per record and version */
    formKey: editing === null || editing === "new" ? "new" : `${editing.id}-${editing.version}`,
    /** the form's props while a record is added or edited */
    form:
      editing === null
        ? null
        : {
            initial: editing === "new" ? null : editing,
            onDone: (message: string) => {
              setEditing(null);
              setNotice(message);
            },
            onCancel: () => setEditing(null),
          },
    /** the record being ended, and the dialog's close (its success message, or null when cancelled) */
    ending,
    closeEnd: (message: string | null) => {
      setEnding(null);
      if (message) setNotice(message);
    },
  };
}
