"use client";

import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import { DRAFT_RESTORED } from "@/components/ui/action-form";
import { LEVELS, NeedItem, type Level, type NeedLabels, type NeedOption } from "./need-item";
import { matchesQuery } from "./needs-search";

export type NeedGroup = { code: string; label: string; items: NeedOption[] };
export type PickerLabels = NeedLabels & {
  chosenTitle: string;
  noneChosen: string;
  change: string;
  chosenCount: Record<string, string>;
  search: string;
  searchHint: string;
  noMatches: string;
};

type Props = { groups: NeedGroup[]; saved: Record<string, { level: Level; note: string }>; labels: PickerLabels };

const subscribeNever = () => () => {};

/**
 * The 34 needs on a phone: what is chosen on top, then a search, then the groups as an accordion
 * where one group is open at a time (<details name>, no script needed). A search opens the groups
 * with matches and hides the rest. Every need stays in the form, so the saved data is as before.
 */
export function NeedsPicker({ groups, saved, labels }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const scripted = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [query, setQuery] = useState("");
  const [levels, setLevels] = useState<Record<string, Level>>(() => Object.fromEntries(Object.entries(saved).map(([code, n]) => [code, n.level])));

  // A restored draft changes the radios by script: read them again.
  useEffect(() => {
    const form = root.current?.closest("form");
    if (!form) return;
    const reread = () => setLevels(readLevels(form, groups));
    form.addEventListener(DRAFT_RESTORED, reread);
    return () => form.removeEventListener(DRAFT_RESTORED, reread);
  }, [groups]);

  // While searching, every group with a match is open; the accordion's one-at-a-time rule is off.
  useEffect(() => {
    if (!query) return;
    for (const details of root.current?.querySelectorAll<HTMLDetailsElement>("details[data-group]") ?? []) {
      details.open = details.querySelector("fieldset:not([hidden])") !== null;
    }
  }, [query]);

  const chosen = groups.flatMap((g) => g.items.filter((i) => levels[i.code]));
  const matches = (item: NeedOption) => matchesQuery(query, item.label, item.hint);
  const anyMatch = groups.some((g) => g.items.some(matches));

  return (
    <div ref={root} className="flex flex-col gap-4" onChange={(e) => e.target instanceof HTMLInputElement && e.target.type === "radio" && setLevels(readLevels(e.currentTarget.closest("form")!, groups))}>
      <section aria-labelledby="needs-chosen-title" className="rounded-md border-2 border-brand-700 p-3">
        <h2 id="needs-chosen-title" className="font-bold">
          {labels.chosenTitle}
        </h2>
        {chosen.length ? (
          <ul className="mt-2 flex flex-col gap-1">
            {chosen.map((item) => (
              <li key={item.code} className="flex flex-wrap items-center justify-between gap-x-3">
                <span>
                  {item.label}: <strong>{labels.levels[levels[item.code]!]}</strong>
                </span>
                {scripted ? (
                  <button type="button" className="min-h-11 underline" onClick={() => showNeed(root.current, item.code, setQuery)}>
                    {labels.change}
                    <span className="sr-only"> {item.label}</span>
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-gray-700">{labels.noneChosen}</p>
        )}
      </section>
      {scripted ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="needs-search" className="font-semibold">
            {labels.search}
          </label>
          <p id="needs-search-hint" className="text-sm text-gray-700">
            {labels.searchHint}
          </p>
          <input id="needs-search" type="search" data-no-draft aria-describedby="needs-search-hint" value={query} onChange={(e) => setQuery(e.target.value)} className="min-h-11 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-base" />
          <p role="status" className="text-sm font-semibold empty:hidden">
            {query && !anyMatch ? labels.noMatches : ""}
          </p>
        </div>
      ) : null}
      {groups.map((group) => {
        const count = group.items.filter((i) => levels[i.code]).length;
        const visible = !query || group.items.some(matches);
        return (
          <details key={group.code} data-group={group.code} name={query ? undefined : "needs-groups"} hidden={!visible} className="rounded-lg border border-gray-300">
            <summary className="min-h-11 cursor-pointer content-center px-4 py-2 text-lg font-bold">
              {group.label} {count > 0 ? <span className="text-base font-normal">({labels.chosenCount[count] ?? count})</span> : null}
            </summary>
            <div className="flex flex-col gap-4 px-4 pb-4">
              {group.items.map((item) => (
                <NeedItem key={item.code} need={item} level={saved[item.code]?.level ?? ""} note={saved[item.code]?.note ?? ""} hidden={!matches(item)} labels={labels} />
              ))}
            </div>
          </details>
        );
      })}
    </div>
  );
}

function readLevels(form: HTMLFormElement, groups: NeedGroup[]): Record<string, Level> {
  const levels: Record<string, Level> = {};
  for (const item of groups.flatMap((g) => g.items)) {
    const value = (form.elements.namedItem(`level.${item.code}`) as RadioNodeList | null)?.value ?? "";
    if ((LEVELS as readonly string[]).includes(value) && value) levels[item.code] = value as Level;
  }
  return levels;
}

/** "Change": clear the search, open the need's group and put focus on its chosen answer. */
function showNeed(root: HTMLElement | null, code: string, setQuery: (q: string) => void) {
  flushSync(() => setQuery(""));
  const need = root?.querySelector<HTMLFieldSetElement>(`#need-${CSS.escape(code)}`);
  if (!need) return;
  const group = need.closest("details");
  if (group) group.open = true;
  need.querySelector<HTMLInputElement>("input:checked")?.focus({ preventScroll: true });
  need.scrollIntoView({ block: "start" });
}
