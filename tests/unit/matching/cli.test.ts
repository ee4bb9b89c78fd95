import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { runCli } from "../../../lib/matching/cli";
import { assensAdministrator, busyShop, candidate, quietOffice } from "./fixtures";

const root = path.resolve(import.meta.dirname, "../../..");
const validInput = {
  openings: [busyShop, quietOffice],
  candidates: [assensAdministrator, candidate({ id: "second", skills: ["kundeservice", "kasse"], weeklyHours: { min: 25, max: 32 } })],
};

function run(argv: string[], stdin: string, files: Record<string, string> = {}) {
  return runCli(argv, {
    readStdin: () => stdin,
    readFile: (p) => {
      const content = files[p];
      if (content === undefined) throw new Error(`ENOENT: no such file '${p}'`);
      return content;
    },
  });
}

describe("match command line", () => {
  it("ranks every candidate for every opening from stdin", () => {
    const r = run([], JSON.stringify(validInput));
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout);
    expect(out.rankings.map((x: { openingId: string }) => x.openingId).sort()).toEqual(["busy-shop", "quiet-office"]);
    for (const ranking of out.rankings) {
      expect(ranking.results).toHaveLength(2);
      for (const res of ranking.results) {
        expect(Object.keys(res).sort()).toEqual(["blockers", "candidateId", "components", "eligible", "reasons", "relevant", "score"]);
      }
    }
  });

  it("reads --input FILE and mirrors the shape with --reverse", () => {
    const r = run(["--input", "in.json", "--reverse"], "", { "in.json": JSON.stringify(validInput) });
    expect(r.exitCode).toBe(0);
    const out = JSON.parse(r.stdout);
    const mine = out.rankings.find((x: { candidateId: string }) => x.candidateId === "assens-admin");
    expect(mine.results.map((x: { openingId: string }) => x.openingId)).toEqual(["quiet-office", "busy-shop"]);
  });

  it("adds unlock advice with --advice", () => {
    const out = JSON.parse(run(["--advice"], JSON.stringify(validInput)).stdout);
    expect(out.advice.map((a: { openingId: string }) => a.openingId).sort()).toEqual(["busy-shop", "quiet-office"]);
  });

  it("adds bundles of small jobs per candidate with --bundles, and nothing without it", () => {
    const small = (id: string, slot: string) => ({ ...quietOffice, id, weeklyHours: { min: 6, max: 8 }, schedule: [slot] });
    const input = { ...validInput, openings: [...validInput.openings, small("small-mon", "mon-morning"), small("small-wed", "wed-morning")] };
    const plain = run([], JSON.stringify(input));
    expect(Object.keys(JSON.parse(plain.stdout))).toEqual(["rankings"]);
    const out = JSON.parse(run(["--bundles"], JSON.stringify(input)).stdout);
    expect(Object.keys(out)).toEqual(["rankings", "bundles"]);
    // The rankings are the same with or without bundles.
    expect(JSON.stringify({ rankings: out.rankings }, null, 2) + "\n").toBe(plain.stdout);
    for (const b of out.bundles) expect(Object.keys(b)).toEqual(["candidateId", "openingIds", "hours", "score", "reasons"]);
    expect(out.bundles.filter((b: { candidateId: string }) => b.candidateId === "assens-admin")).toEqual([
      {
        candidateId: "assens-admin",
        openingIds: ["small-mon", "small-wed"],
        hours: 15,
        score: expect.any(Number),
        reasons: [
          { code: "bundle_hours", da: "8 + 7 t = 15 t/uge; kan arbejde 15 t/uge", en: "8 + 7 h = 15 h/week; can work 15 h/week" },
          { code: "bundle_schedule", da: "Jobbene ligger ikke på samme tid: man og ons formiddag", en: "The jobs never overlap: Mon and Wed morning" },
          { code: "bundle_needs", da: expect.stringMatching(/^Alle jobbene tager de hensyn, der skal til: /), en: expect.stringMatching(/^Every job meets/) },
        ],
      },
    ]);
    expect(run(["--help"], "").stdout).toContain("--bundles");
  });

  const bad: [string, unknown, RegExp][] = [
    ["unknown accommodation code", { ...validInput, openings: [{ ...busyShop, accommodations: ["quiet"] }] }, /openings\[0\]\.accommodations\[0\]: unknown accommodation code/],
    ["min > max", { ...validInput, candidates: [{ ...assensAdministrator, weeklyHours: { min: 20, max: 10 } }] }, /candidates\[0\]\.weeklyHours\.min: min is greater than max/],
    ["unknown need level", { ...validInput, candidates: [{ ...assensAdministrator, needs: [{ code: "low_tempo", level: "maybe" }] }] }, /candidates\[0\]\.needs\[0\]\.level/],
    ["unknown slot", { ...validInput, openings: [{ ...busyShop, schedule: ["monday"] }] }, /openings\[0\]\.schedule\[0\]: unknown slot/],
    ["duplicate id", { ...validInput, candidates: [assensAdministrator, assensAdministrator] }, /candidates\[1\]\.id: duplicate id/],
    ["missing field", { openings: [] }, /candidates: /],
  ];
  for (const [name, input, message] of bad) {
    it(`exits 2 on ${name}, naming the path, with nothing on stdout`, () => {
      const r = run([], JSON.stringify(input));
      expect(r.exitCode).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
    });
  }

  it("exits 2 on malformed JSON and on an unreadable file", () => {
    const json = run([], '{"openings": [');
    expect(json.exitCode).toBe(2);
    expect(json.stderr).toMatch(/stdin: malformed JSON/);
    const file = run(["--input", "missing.json"], "");
    expect(file.exitCode).toBe(2);
    expect(file.stderr).toMatch(/missing\.json: cannot read input/);
  });

  it("exits 2 on an unknown argument", () => {
    const r = run(["--frobnicate"], "{}");
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/unknown argument: --frobnicate/);
  });

  it("works as a real process: round-trip on stdin and exit code 2 on bad input", () => {
    const tsx = path.join(root, "node_modules", ".bin", "tsx");
    const ok = spawnSync(tsx, ["scripts/match.ts", "--compact"], { cwd: root, input: JSON.stringify(validInput), encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).rankings).toHaveLength(2);
    const badRun = spawnSync(tsx, ["scripts/match.ts"], { cwd: root, input: "not json", encoding: "utf8" });
    expect(badRun.status).toBe(2);
    expect(badRun.stdout).toBe("");
    expect(badRun.stderr).toMatch(/malformed JSON/);
  }, 30_000);
});
