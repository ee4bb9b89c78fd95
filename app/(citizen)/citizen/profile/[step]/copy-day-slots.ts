// "Same every weekday": one day's ticks copied onto other days, on the form's own checkboxes so
// the form data, the draft and a later failed save all see the same thing.

type Box = { value: string; checked: boolean };

/** Ticks each `<day>-<part>` box of the target days exactly as the source day's box for that part. */
export function copyDayBoxes(boxes: Iterable<Box>, from: string, to: readonly string[], parts: readonly string[]): void {
  const all = Array.from(boxes);
  const source = new Map(all.map((b) => [b.value, b.checked]));
  for (const box of all) {
    const [day, part] = box.value.split("-");
    if (day && part && to.includes(day) && parts.includes(part)) box.checked = source.get(`${from}-${part}`) ?? false;
  }
}

export function copyDaySlots(form: HTMLFormElement, name: string, from: string, to: readonly string[], parts: readonly string[]): void {
  const boxes = Array.from(form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${CSS.escape(name)}"]`));
  copyDayBoxes(boxes, from, to, parts);
}
