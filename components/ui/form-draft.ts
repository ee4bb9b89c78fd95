// Unsaved form input kept in localStorage, keyed per form. Only plain text, choice and checkbox
// values are stored; password fields never are.

type Draft = Record<string, string[]>;

export const storageKey = (key: string) => `refleks-draft:${key}`;

function fields(form: HTMLFormElement) {
  return Array.from(form.elements).filter(
    (el): el is HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement =>
      (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) &&
      Boolean(el.name) &&
      !el.hasAttribute("data-no-draft") &&
      el.type !== "password" &&
      el.type !== "hidden" &&
      el.type !== "submit",
  );
}

export function saveDraft(form: HTMLFormElement, key: string): void {
  const draft: Draft = {};
  for (const el of fields(form)) {
    const list = (draft[el.name] ??= []);
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      if (el.checked) list.push(el.value);
    } else {
      list.push(el.value);
    }
  }
  try {
    localStorage.setItem(storageKey(key), JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the server copy is still there.
  }
}

/** Puts the draft back into the form; true when that changed anything (the draft holds unsaved input). */
export function restoreDraft(form: HTMLFormElement, key: string): boolean {
  let draft: Draft | null = null;
  try {
    draft = JSON.parse(localStorage.getItem(storageKey(key)) ?? "null") as Draft | null;
  } catch {
    return false;
  }
  if (!draft) return false;
  let changed = false;
  const seen = new Map<string, number>();
  for (const el of fields(form)) {
    const values = draft[el.name];
    if (!values) continue;
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) {
      const checked = values.includes(el.value);
      changed ||= el.checked !== checked;
      el.checked = checked;
    } else {
      const i = seen.get(el.name) ?? 0;
      seen.set(el.name, i + 1);
      const value = values[i];
      if (value === undefined) continue;
      changed ||= el.value !== value;
      el.value = value;
    }
  }
  return changed;
}

/** Removes the form's draft and any drafts of its parts ("<key>:<part>", e.g. a tag list). */
export function clearDraft(key: string): void {
  try {
    for (const k of Object.keys(localStorage)) {
      if (k === storageKey(key) || k.startsWith(`${storageKey(key)}:`)) localStorage.removeItem(k);
    }
  } catch {
    // ignore
  }
}

/** Forgets every draft in this browser (at sign-out). */
export function clearAllDrafts(): void {
  try {
    for (const k of Object.keys(localStorage)) if (k.startsWith("refleks-draft:")) localStorage.removeItem(k);
  } catch {
    // ignore
  }
}
