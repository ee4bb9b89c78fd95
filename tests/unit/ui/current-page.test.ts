import { describe, expect, it } from "vitest";
import { isCurrent } from "@/components/shell/current-page";

describe("isCurrent (the menu's aria-current)", () => {
  it("marks the page itself and a section's subpages", () => {
    expect(isCurrent("/citizen/jobs", "/citizen/jobs")).toBe(true);
    expect(isCurrent("/citizen/jobs/abc", "/citizen/jobs")).toBe(true);
    expect(isCurrent("/citizen/profile/hours", "/citizen/profile")).toBe(true);
  });

  it("marks an area's home link only on the home page, so two links are never current", () => {
    expect(isCurrent("/citizen", "/citizen")).toBe(true);
    expect(isCurrent("/citizen/jobs", "/citizen")).toBe(false);
  });

  it("does not mark a link whose path only starts with the same letters, or a link with a query", () => {
    expect(isCurrent("/citizen/jobsearch", "/citizen/jobs")).toBe(false);
    expect(isCurrent("/consultant", "/consultant?unread=1")).toBe(false);
  });
});
