import { inviteeEmailSchema, inviteeNameSchema, type CitizenInviteInput } from "@/lib/validation/invitation";

// A pasted (or uploaded) list of citizens to invite: one "name;e-mail" or "name,email" per line,
// as spreadsheets export it. The header line is optional, fields may be quoted, and the BOM that
// Excel puts first is dropped. Pure: no database, so it can be tested and reused as is.

export type CsvRow = CitizenInviteInput & { line: number };

/** Keys in consultantInvitations.json ("csvErrors.*"). */
export type CsvErrorKey = "columns" | "nameRequired" | "emailInvalid" | "duplicate";

export type CsvParseResult = { rows: CsvRow[]; errors: { line: number; message: CsvErrorKey }[] };

/** Splits one line on `sep`, honouring double quotes ("" inside quotes is one quote). */
function splitLine(line: string, sep: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      fields.push(field);
      field = "";
    } else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** Danish spreadsheets use ";", others ","; a line with a ";" outside quotes is taken as ";". */
function separatorOf(line: string): string {
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ";") return ";";
  }
  return ",";
}

const HEADER_EMAIL = /^e-?mail(adresse)?$/i;

export function parseInvitationCsv(text: string): CsvParseResult {
  const rows: CsvRow[] = [];
  const errors: CsvParseResult["errors"] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  let firstContentLine = true;
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === "") return;
    const fields = splitLine(raw, separatorOf(raw)).filter((f, i, all) => f !== "" || i < 2 || all.slice(i).some(Boolean));
    const isFirst = firstContentLine;
    firstContentLine = false;
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
  return { rows, errors };
}
