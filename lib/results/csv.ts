import type { Results } from "./types";

// The dashboard as CSV: one row per month, then the key figures. Semicolons and a decimal comma
// would suit Danish Excel, but a plain RFC 4180 file with dot decimals opens everywhere and is
// unambiguous for the analysts who asked for it.

export type CsvLabels = {
  month: string;
  citizens: string;
  placed: string;
  seeking: string;
  sharePercent: string;
  hires: string;
  praktikStarts: string;
  figure: string;
  value: string;
  daysToApproval: string;
  daysToHire: string;
  loginDay: string;
  loginWeek: string;
  loginTwoWeeks: string;
  completionAverage: string;
  completionFull: string;
  invited: string;
  invitedWithProfile: string;
  invitedPercent: string;
};

function cell(value: string | number | null): string {
  if (value === null) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const line = (cells: (string | number | null)[]) => cells.map(cell).join(",");

export function resultsCsv(r: Results, l: CsvLabels): string {
  const rows = [
    line([l.month, l.citizens, l.placed, l.seeking, l.sharePercent, l.hires, l.praktikStarts]),
    ...r.months.map((m) => line([m.month, m.citizens, m.placed, m.seeking, m.sharePercent, m.hires, m.praktikStarts])),
    "",
    line([l.figure, l.value]),
    line([l.daysToApproval, r.medians.daysToApproval]),
    line([l.daysToHire, r.medians.daysToHire]),
    line([l.loginDay, r.engagement.dayPercent]),
    line([l.loginWeek, r.engagement.weekPercent]),
    line([l.loginTwoWeeks, r.engagement.twoWeeksPercent]),
    line([l.completionAverage, r.completion.averagePercent]),
    line([l.completionFull, r.completion.completePercent]),
    line([l.invited, r.invitations?.invited ?? null]),
    line([l.invitedWithProfile, r.invitations?.withProfile ?? null]),
    line([l.invitedPercent, r.invitations?.percent ?? null]),
  ];
  return `${rows.join("\r\n")}\r\n`;
}
