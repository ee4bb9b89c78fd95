import type pg from "pg";

// Set-based inserts for seed:scale: one INSERT … SELECT FROM unnest($1::text[], $2::int4[], …) per
// 5,000 rows, which PostgreSQL runs as one statement (tens of thousands of rows a second, where
// one INSERT per row manages a few hundred). Array columns travel as array literals in a text[].

const BATCH = 5000;

/** A text[] literal: {"a","b \"c\""}. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

/** Inserts rows (values in the order of `columns`) into `table`; `columns` maps a column to its SQL type. */
export async function insertRows(client: pg.Client, table: string, columns: Record<string, string>, rows: readonly unknown[][], suffix = ""): Promise<void> {
  const names = Object.keys(columns);
  const types = Object.values(columns);
  // Arrays and enums are passed as text and cast in the SELECT.
  const carrier = (type: string) => (type.endsWith("[]") || type.startsWith('"') ? "text" : type);
  const params = types.map((type, i) => `$${i + 1}::${carrier(type)}[]`).join(", ");
  const select = names.map((name, i) => `c${i}::${types[i]}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")})
               SELECT ${select} FROM unnest(${params}) AS t(${names.map((_, i) => `c${i}`).join(", ")}) ${suffix}`;
  for (let from = 0; from < rows.length; from += BATCH) {
    const batch = rows.slice(from, from + BATCH);
    await client.query(
      sql,
      names.map((_, i) => batch.map((row) => (row[i] instanceof Date ? (row[i] as Date).toISOString() : (row[i] ?? null)))),
    );
  }
}
