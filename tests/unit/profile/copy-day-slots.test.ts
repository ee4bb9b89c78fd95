import { describe, expect, it } from "vitest";
import { copyDayBoxes } from "@/app/(citizen)/citizen/profile/[step]/copy-day-slots";

const week = (ticked: string[]) =>
  ["mon", "tue", "wed", "thu", "fri", "sat"].flatMap((day) => ["morning", "afternoon", "evening", "night"].map((part) => ({ value: `${day}-${part}`, checked: ticked.includes(`${day}-${part}`) })));

const ticked = (boxes: { value: string; checked: boolean }[]) => boxes.filter((b) => b.checked).map((b) => b.value);

describe("same times every weekday", () => {
  it("gives Tuesday to Friday Monday's times, unticking what Monday does not have, and leaves the weekend", () => {
    const boxes = week(["mon-morning", "mon-evening", "tue-afternoon", "fri-night", "sat-afternoon"]);
    copyDayBoxes(boxes, "mon", ["tue", "wed", "thu", "fri"], ["morning", "afternoon", "evening", "night"]);
    expect(ticked(boxes)).toEqual(["mon-morning", "mon-evening", "tue-morning", "tue-evening", "wed-morning", "wed-evening", "thu-morning", "thu-evening", "fri-morning", "fri-evening", "sat-afternoon"]);
  });

  it("copies only the parts it is given", () => {
    const boxes = week(["mon-morning", "tue-night"]);
    copyDayBoxes(boxes, "mon", ["tue"], ["morning"]);
    expect(ticked(boxes)).toEqual(["mon-morning", "tue-morning", "tue-night"]);
  });
});
