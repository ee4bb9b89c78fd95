// What the invitation actions return in `data`, for the client parts that show it.

/** A single invitation whose e-mail was not sent: the link to pass on. */
export type InviteLinkData = { link: string };

/**
 * A list's outcome: lines that were skipped and why, rows that were already invited (their link was
 * sent again, so the old one stopped working), and links to pass on when e-mail is off.
 */
export type CsvReportData = {
  skipped: { line: number; reason: string }[];
  reissued: { line: number; name: string; email: string }[];
  links: { name: string; email: string; link: string }[];
};
