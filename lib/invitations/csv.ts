import { parse } from "csv-parse/sync";
import { inviteeEmailSchema, inviteeNameSchema, type CitizenInviteInput } from "@/lib/validation/invitation";

// A pasted (or uploaded) list of citizens to invite: one "name;e-mail" or "name,email" per line,
// as spreadsheets export it. The header line is optional, fields may be quoted, and the BOM that
// Excel puts first is dropped. The CSV itself is read by csv-parse; this file only decides the
// separator and checks the rows. Pure: no database, so it can be tested and reused as is.

export type CsvRow = CitizenInviteInput & { line: number };

/** Keys in consultantInvitations.json ("csvErrors.*"). */
export type CsvErrorKey = "columns" | "nameRequired" | "emailInvalid" | "duplicate" | "quoteNotClosed";

export type CsvParseResult = { rows: CsvRow[]; errors: { line: number; message: CsvErrorKey }[] };

const LINE_BREAK = /\r\n|\r|\n/;

/**
 * Danish spreadsheets use ";", others ",": the first line with content decides for the whole file
 * (a ";" outside quotes makes it ";"), so a comma in a name needs no quotes in a Danish list.
 */
function separatorOf(text: string): ";" | "," {
  const first = text.split(LINE_BREAK).find((l) => l.trim() !== "") ?? "";
  let quoted = false;
  for (const ch of first) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ";") return ";";
  }
  return ",";
}

type Parsed = { record: string[]; info: { lines: number } };

/**
 * The records with the line each ends on. A quote opened and never closed swallows the rest of
 * the input: that is reported on the first line with content after the last good record.
 */
function readRecords(text: string): { records: Parsed[]; unclosedAt: number | null } {
  let unclosed = false;
  // With `info`, each record comes as { record, info }; the types do not follow the option.
  const records = parse(text, {
    delimiter: separatorOf(text),
    record_delimiter: ["\r\n", "\n", "\r"],
    bom: true,
    info: true,
    skip_empty_lines: true,
    // Checked here, per line, with a reason the consultant understands.
    relax_column_count: true,
    // A stray quote inside a name ("Jens "JM" Hansen") is kept as text, as spreadsheets write it.
    relax_quotes: true,
    skip_records_with_error: true,
    on_skip: () => void (unclosed = true),
  }) as unknown as Parsed[];
  if (!unclosed) return { records, unclosedAt: null };
  const after = records.at(-1)?.info.lines ?? 0;
  const lines = text.replace(/^\uFEFF/, "").split(LINE_BREAK);
  const start = lines.findIndex((l, i) => i >= after && l.trim() !== "");
  return { records, unclosedAt: start >= 0 ? start + 1 : after + 1 };
}

const HEADER_EMAIL = /^e-?mail(adresse)?$/i;

export function parseInvitationCsv(text: string): CsvParseResult {
  const rows: CsvRow[] = [];
  const errors: CsvParseResult["errors"] = [];
  const seen = new Set<string>();
  const { records, unclosedAt } = readRecords(text);
  let first = true;
  records.forEach(({ record, info }) => {
    const line = info.lines;
    // Trimmed here, not by the parser: its trim refuses text after a closing quote.
    const fields = record.map((f) => f.trim()).filter((f, i, all) => f !== "" || i < 2 || all.slice(i).some(Boolean));
    if (fields.every((f) => f === "")) return;
    const isFirst = first;
    first = false;
    if (isFirst && fields.length >= 2 && HEADER_EMAIL.test(fields[1] ?? "")) return;
    if (fields.length !== 2) return void errors.push({ line, message: "columns" });
    const name = inviteeNameSchema.safeParse(fields[0]);
    if (!name.success) return void errors.push({ line, message: "nameRequired" });
    const email = inviteeEmailSchema.safeParse(fields[1]);
    if (!email.success) return void errors.push({ line, message: "emailInvalid" });
    if (seen.has(email.data)) return void errors.push({ line, message: "duplicate" });
    seen.add(email.data);
    rows.push({ line, name: name.data, email: email.data });
  });
  if (unclosedAt !== null) errors.push({ line: unclosedAt, message: "quoteNotClosed" });
  return { rows, errors };
}
