import { describe, expect, it } from "vitest";
import { ACCOMMODATION_CODES, SLOTS } from "@/lib/matching";
import {
  canTransition,
  OPENING_STATUSES,
  openingSchema,
  readOpeningForm,
  STATUS_ACTIONS,
  statusActionsFor,
  type OpeningFormInput,
} from "@/lib/validation/opening";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

const valid: OpeningFormInput = {
  title: "  Køkkenhjælper  ",
  description: "Et lille køkken.",
  tasks: "Opvask\r\n\n  Anretning  \n",
  requiredSkills: ["køkkenhjælp"],
  preferredSkills: [],
  occupation: "",
  industry: "pleje",
  hoursMin: "1",
  hoursMax: "7,5",
  schedule: ["mon-morning", "tue-afternoon"],
  accommodations: ["quiet_environment", "extra_breaks"],
  postalCode: " 2900 ",
  remotePossible: false,
  positions: "10",
};

const withField = (patch: Partial<OpeningFormInput>) => openingSchema.safeParse({ ...valid, ...patch });

describe("opening validation", () => {
  it("turns the form into an opening: tasks one per line, Danish comma hours, empty optional text as null", () => {
    expect(openingSchema.parse(valid)).toEqual({
      ...valid,
      title: "Køkkenhjælper",
      tasks: ["Opvask", "Anretning"],
      occupation: null,
      hoursMin: 1,
      hoursMax: 7.5,
      postalCode: "2900",
      positions: 10,
    });
  });

  it("names the field and the rule for hours below 1, not in half-hour steps, above 37 or in the wrong order", () => {
    expect(messages(withField({ hoursMin: "0,5", hoursMax: "2,3" }))).toEqual([["hoursMin", "hoursMin"], ["hoursMax", "hoursStep"]]);
    expect(messages(withField({ hoursMin: "", hoursMax: "40" }))).toEqual([["hoursMin", "hoursRequired"], ["hoursMax", "hoursMax"]]);
    expect(messages(withField({ hoursMin: "otte", hoursMax: "8" }))).toEqual([["hoursMin", "hoursNumber"]]);
    expect(messages(withField({ hoursMin: "8", hoursMax: "4" }))).toEqual([["hoursMax", "hoursOrder"]]);
  });

  it("accepts only the week grid's slots and the shared vocabulary's codes", () => {
    expect(withField({ schedule: [...SLOTS], accommodations: [...ACCOMMODATION_CODES] }).success).toBe(true);
    expect(messages(withField({ schedule: ["mon-lunch"], accommodations: ["quiet_environment", "diagnosis_adhd"] }))).toEqual([
      ["schedule.0", "slotInvalid"],
      ["accommodations.1", "accommodationInvalid"],
    ]);
  });

  it("accepts only known four-digit Danish postal codes", () => {
    expect(messages(withField({ postalCode: "290" }))).toEqual([["postalCode", "postalFormat"]]);
    expect(messages(withField({ postalCode: "0001" }))).toEqual([["postalCode", "postalUnknown"]]);
  });

  it("takes 1 to 100 people, as a whole number (a team of 10 is fine)", () => {
    expect(openingSchema.parse({ ...valid, positions: "1" }).positions).toBe(1);
    expect(openingSchema.parse({ ...valid, positions: "100" }).positions).toBe(100);
    expect(messages(withField({ positions: "0" }))).toEqual([["positions", "positionsRange"]]);
    expect(messages(withField({ positions: "101" }))).toEqual([["positions", "positionsRange"]]);
    expect(messages(withField({ positions: "2,5" }))).toEqual([["positions", "positionsWhole"]]);
    expect(messages(withField({ positions: " " }))).toEqual([["positions", "positionsRequired"]]);
  });

  it("requires a title of at most 120 characters and limits tasks", () => {
    expect(messages(withField({ title: "   " }))).toEqual([["title", "titleRequired"]]);
    expect(messages(withField({ title: "x".repeat(121) }))).toEqual([["title", "tooLong"]]);
    expect(messages(withField({ tasks: `${"x".repeat(201)}\nkort` }))).toEqual([["tasks.0", "taskTooLong"]]);
  });

  it("reads the form: comma-separated and repeated tags once, checkboxes, and each slot once", () => {
    const form = new FormData();
    for (const [k, v] of [
      ["title", "Pedel"], ["requiredSkills", "havearbejde"], ["requiredSkills", "Havearbejde, planter"], ["requiredSkills", " "],
      ["schedule", "mon-morning"], ["schedule", "mon-morning"], ["accommodations", "low_noise"], ["remotePossible", "on"], ["positions", "3"],
    ]) form.append(k!, v!);
    expect(readOpeningForm(form)).toMatchObject({
      title: "Pedel",
      requiredSkills: ["havearbejde", "planter"],
      preferredSkills: [],
      schedule: ["mon-morning"],
      accommodations: ["low_noise"],
      remotePossible: true,
      positions: "3",
      tasks: "",
    });
  });
});

describe("opening lifecycle", () => {
  it("publishes drafts, closes or fills open openings, reopens closed or filled ones, and nothing else", () => {
    const allowed = OPENING_STATUSES.flatMap((from) => OPENING_STATUSES.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(["CLOSED→OPEN", "DRAFT→OPEN", "FILLED→OPEN", "OPEN→CLOSED", "OPEN→FILLED"]);
  });

  it("offers exactly the buttons whose steps are allowed", () => {
    expect(statusActionsFor("DRAFT")).toEqual(["publish"]);
    expect(statusActionsFor("OPEN")).toEqual(["close", "fill"]);
    expect(statusActionsFor("CLOSED")).toEqual(["reopen"]);
    expect(statusActionsFor("FILLED")).toEqual(["reopen"]);
    for (const status of OPENING_STATUSES) for (const step of statusActionsFor(status)) expect(canTransition(status, STATUS_ACTIONS[step])).toBe(true);
  });
});
