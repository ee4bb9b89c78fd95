"use client";

import { useEffect, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useActionForm } from "./action-form";
import { storageKey } from "./form-draft";

type Props = { name: string; label: string; hint?: string; defaultTags: string[]; suggestions: readonly string[]; draftKey?: string };

const dedupe = (tags: string[]) => {
  const seen = new Set<string>();
  return tags.filter((t) => {
    const key = t.toLocaleLowerCase("da");
    if (!t || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/**
 * A list of short entries (skills, wished occupations) with type-ahead from the matching
 * vocabulary; free entries are allowed. Text still in the box when the form is sent is saved too,
 * so nobody loses a skill for not pressing "Tilføj".
 */
export function TagInput({ name, label, hint, defaultTags, suggestions, draftKey }: Props) {
  const t = useTranslations("profile.tags");
  const id = useId();
  const { state } = useActionForm();
  const error = !state.ok ? state.fieldErrors?.[name] : undefined;
  const [tags, setTags] = useState<string[]>(defaultTags);
  const [text, setText] = useState("");
  const [announcement, setAnnouncement] = useState("");
  const draft = draftKey ? `${storageKey(draftKey)}:${name}` : null;

  useEffect(() => {
    if (!draft) return;
    try {
      const saved = JSON.parse(localStorage.getItem(draft) ?? "null") as string[] | null;
      // Restoring a draft after the page was closed midway is the point of the draft.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (Array.isArray(saved)) setTags(saved);
    } catch {
      // A broken draft is ignored; the saved profile is shown.
    }
  }, [draft]);

  function update(next: string[]) {
    setTags(next);
    if (draft) {
      try {
        localStorage.setItem(draft, JSON.stringify(next));
      } catch {
        // Storage unavailable: the server copy is still there.
      }
    }
  }

  function add() {
    const added = text.split(",").map((s) => s.trim()).filter(Boolean);
    if (added.length === 0) return;
    update(dedupe([...tags, ...added]));
    setText("");
    setAnnouncement(t("added", { tag: added.join(", ") }));
  }

  function remove(tag: string) {
    update(tags.filter((x) => x !== tag));
    setAnnouncement(t("removed", { tag }));
  }

  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-input`} className="font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-gray-700">
          {hint}
        </p>
      ) : null}
      {tags.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t("listLabel", { label })}>
          {tags.map((tag) => (
            <li key={tag} className="flex items-center gap-1 rounded-full border border-brand-700 bg-brand-50 pl-3">
              <span>{tag}</span>
              <input type="hidden" name={name} value={tag} />
              <button type="button" onClick={() => remove(tag)} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-full font-bold" aria-label={t("remove", { tag })}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-gray-700">{t("none")}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <input
          id={`${id}-input`}
          name={name}
          list={`${id}-list`}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          autoComplete="off"
          data-no-draft
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-gray-500 bg-white px-3 py-2 text-base"
        />
        <button type="button" onClick={add} className="inline-flex min-h-11 items-center rounded-md border border-gray-500 bg-white px-4 font-semibold hover:bg-gray-100">
          {t("add")}
        </button>
      </div>
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
