// The page keeps the reader's own program in localStorage, so a reload or a gallery pick never
// loses an edit. The embed never touches storage.

const KEY = 'pollscope.draft';

/** The kept draft, if any. */
export function loadDraft(): string | null {
  try {
    const value = localStorage.getItem(KEY);
    return value === null || value === '' ? null : value;
  } catch {
    return null;
  }
}

/** Keeps `source` as the draft (null forgets it). Storage can be unavailable: the draft then lasts the visit. */
export function saveDraft(source: string | null): void {
  try {
    if (source === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, source);
  } catch {
    // Private mode or a sandboxed frame.
  }
}
