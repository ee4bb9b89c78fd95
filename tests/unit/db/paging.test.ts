import { describe, expect, it } from "vitest";
import { pageWindow } from "@/lib/db/paging";

describe("pageWindow", () => {
  it("gives the page, the number of pages and the offset", () => {
    expect(pageWindow(45, 20, 2)).toEqual({ page: 2, pages: 3, offset: 20 });
    expect(pageWindow(40, 20, 2)).toEqual({ page: 2, pages: 2, offset: 20 });
  });

  it("clamps pages out of range to one that exists, and has one page for no rows", () => {
    expect(pageWindow(45, 20, 99)).toEqual({ page: 3, pages: 3, offset: 40 });
    expect(pageWindow(45, 20, 0)).toEqual({ page: 1, pages: 3, offset: 0 });
    expect(pageWindow(45, 20, -3)).toEqual({ page: 1, pages: 3, offset: 0 });
    expect(pageWindow(45, 20, Number.NaN)).toEqual({ page: 1, pages: 3, offset: 0 });
    expect(pageWindow(45, 20, 2.7)).toEqual({ page: 2, pages: 3, offset: 20 });
    expect(pageWindow(0, 20, 5)).toEqual({ page: 1, pages: 1, offset: 0 });
  });
});
