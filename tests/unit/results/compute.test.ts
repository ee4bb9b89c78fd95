import { describe, expect, it } from "vitest";
import { computeResults, median, parseResultFigures, percent, periodStart, resultsCsv, type CsvLabels, type ResultCitizen, type ResultMatch } from "@/lib/results";

// A small world whose every figure is worked out by hand in the comments below.
const now = new Date("2026-11-15T12:00:00Z");
const hours = (h: number) => new Date(now.getTime() - h * 3_600_000);
const d = (iso: string) => new Date(`${iso}T12:00:00Z`);

const citizens: ResultCitizen[] = [
  { id: "A", createdAt: d("2026-01-10"), lastLoginAt: hours(2), completeness: 100 }, // logged in today
  { id: "B", createdAt: d("2026-03-05"), lastLoginAt: hours(3 * 24), completeness: 71 }, // this week
  { id: "C", createdAt: d("2026-06-20"), lastLoginAt: hours(10 * 24), completeness: 43 }, // these two weeks
  { id: "D", createdAt: d("2026-10-01"), lastLoginAt: null, completeness: 86 }, // never
  // Created after `now`: must not count anywhere (it would change every figure if it did).
  { id: "E", createdAt: d("2026-12-01"), lastLoginAt: hours(1), completeness: 100 },
];

const matches: ResultMatch[] = [
  // A: approved after 30 days, praktik in March, hired 10 April (90 days), ended 15 August.
  { citizenId: "A", approvedAt: d("2026-02-09"), praktikStartAt: d("2026-03-01"), hiredAt: d("2026-04-10"), endedAt: d("2026-08-15") },
  // B: approved after 20 days (the later approval below is not the first), praktik April, hired 4 May (60 days).
  { citizenId: "B", approvedAt: d("2026-03-25"), praktikStartAt: d("2026-04-01"), hiredAt: d("2026-05-04"), endedAt: null },
  { citizenId: "B", approvedAt: d("2026-03-30"), praktikStartAt: null, hiredAt: null, endedAt: null },
  // C: approved after 40 days (20 June → 30 July), never hired.
  { citizenId: "C", approvedAt: d("2026-07-30"), praktikStartAt: null, hiredAt: null, endedAt: null },
];

describe("computeResults", () => {
  // 8 citizens invited in the period (since December 2025), 5 of them made a profile.
  const r = computeResults(citizens, matches, now, { invited: 8, withProfile: 5 });

  it("gives the month-end unemployment share, placements and praktik starts for the last 12 months", () => {
    // [month, citizens at month end, placed, seeking, seeking/citizens %, hires in month, praktik starts in month]
    const expected = [
      ["2025-12", 0, 0, 0, null, 0, 0], // nobody yet
      ["2026-01", 1, 0, 1, 100, 0, 0], // A
      ["2026-02", 1, 0, 1, 100, 0, 0],
      ["2026-03", 2, 0, 2, 100, 0, 1], // A+B; A's praktik 1 March
      ["2026-04", 2, 1, 1, 50, 1, 1], // A hired 10 April: 1/2 = 50; B's praktik 1 April
      ["2026-05", 2, 2, 0, 0, 1, 0], // B hired 4 May: 0/2
      ["2026-06", 3, 2, 1, 33.3, 0, 0], // C arrives: 1/3 = 33.3
      ["2026-07", 3, 2, 1, 33.3, 0, 0],
      ["2026-08", 3, 1, 2, 66.7, 0, 0], // A's job ended 15 August: 2/3 = 66.7
      ["2026-09", 3, 1, 2, 66.7, 0, 0],
      ["2026-10", 4, 1, 3, 75, 0, 0], // D arrives: 3/4 = 75
      ["2026-11", 4, 1, 3, 75, 0, 0], // measured at `now`; E does not exist yet
    ];
    expect(r.months.map((m) => [m.month, m.citizens, m.placed, m.seeking, m.sharePercent, m.hires, m.praktikStarts])).toEqual(expected);
  });

  it("gives the median days from profile to first approval and to hire", () => {
    // approvals per citizen: A 30, B 20 (first of 20 and 25), C 40 → sorted 20, 30, 40 → median 30
    // hires: A 90 (10 Jan → 10 Apr = 21+28+31+10), B 60 (5 Mar → 4 May = 26+30+4) → (60+90)/2 = 75
    expect(r.medians).toEqual({ daysToApproval: 30, approvals: 3, daysToHire: 75, hires: 2 });
  });

  it("gives engagement as shares of logins within 1, 7 and 14 days", () => {
    // 4 citizens: last day A = 1/4 = 25 %, last week A+B = 50 %, two weeks A+B+C = 75 %
    expect(r.engagement).toEqual({ citizens: 4, dayPercent: 25, weekPercent: 50, twoWeeksPercent: 75 });
  });

  it("gives average completeness and the share at 100 %", () => {
    // (100 + 71 + 43 + 86) / 4 = 300 / 4 = 75; only A is complete: 1/4 = 25 %
    expect(r.completion).toEqual({ citizens: 4, averagePercent: 75, completePercent: 25 });
  });

  it("writes the same figures to CSV", () => {
    const labels = Object.fromEntries(
      ["month", "citizens", "placed", "seeking", "sharePercent", "hires", "praktikStarts", "figure", "value", "daysToApproval", "daysToHire", "loginDay", "loginWeek", "loginTwoWeeks", "completionAverage", "completionFull", "invited", "invitedWithProfile", "invitedPercent"].map((k) => [k, k]),
    ) as CsvLabels;
    const lines = resultsCsv(r, labels).split("\r\n");
    expect(lines[0]).toBe("month,citizens,placed,seeking,sharePercent,hires,praktikStarts");
    expect(lines[1]).toBe("2025-12,0,0,0,,0,0");
    expect(lines[5]).toBe("2026-04,2,1,1,50,1,1");
    expect(lines[7]).toBe("2026-06,3,2,1,33.3,0,0");
    expect(lines.slice(14)).toEqual([
      "figure,value",
      "daysToApproval,30",
      "daysToHire,75",
      "loginDay,25",
      "loginWeek,50",
      "loginTwoWeeks,75",
      "completionAverage,75",
      "completionFull,25",
      "invited,8",
      "invitedWithProfile,5",
      "invitedPercent,62.5",
      "",
    ]);
  });

  it("gives the share of invited citizens who made a profile, over the page's 12 months", () => {
    // 5 of 8 = 62.5 %; the period starts with the first month shown, December 2025.
    expect(r.invitations).toEqual({ invited: 8, withProfile: 5, percent: 62.5, since: "2025-12" });
    expect(periodStart(now)).toEqual(new Date("2025-12-01T00:00:00Z"));
    // Nobody invited: no share (not 0 %), and no figure at all when the counts are missing.
    expect(computeResults([], [], now, { invited: 0, withProfile: 0 }).invitations).toEqual({ invited: 0, withProfile: 0, percent: null, since: "2025-12" });
    expect(computeResults([], [], now).invitations).toBeNull();
  });

  it("reads a snapshot stored before the invitation figure existed, without it", () => {
    const current = { months: r.months, medians: r.medians, engagement: r.engagement, completion: r.completion, invitations: r.invitations };
    const older = { ...current, invitations: undefined };
    expect(parseResultFigures(JSON.parse(JSON.stringify(older)))?.invitations).toBeNull();
    expect(parseResultFigures(JSON.parse(JSON.stringify(current)))?.invitations).toEqual(r.invitations);
    expect(parseResultFigures({ ...current, invitations: { invited: -1, withProfile: 0, percent: null, since: "2025-12" } })).toBeNull();
  });

  it("quotes CSV cells that contain commas or quotes", () => {
    const empty = computeResults([], [], now);
    const labels = { month: 'Måned, "UTC"' } as CsvLabels;
    expect(resultsCsv(empty, labels).split("\r\n")[0]).toMatch(/^"Måned, ""UTC""",/);
  });
});

describe("median and percent", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 10])).toBe(3.5); // sorted 1, 3, 4, 10 → (3+4)/2
    expect(median([])).toBeNull();
  });
  it("rounds to one decimal and refuses to divide by zero", () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 0)).toBeNull();
  });
});
