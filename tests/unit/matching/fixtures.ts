// Builders for test data, modelled on the stories in shared/docs/domain.md.
import type { Candidate, Opening } from "../../../lib/matching";

export function opening(over: Partial<Opening> = {}): Opening {
  return {
    id: "job",
    title: "Stilling",
    weeklyHours: { min: 10, max: 15 },
    accommodations: [],
    postalCode: "1620",
    ...over,
  };
}

export function candidate(over: Partial<Candidate> = {}): Candidate {
  return {
    id: "cand",
    weeklyHours: { min: 10, max: 15 },
    skills: [],
    needs: [],
    postalCode: "1620",
    ...over,
  };
}

/** Assens: 15 h/week after a brain clot; needs quiet surroundings and low tempo. */
export const assensAdministrator = candidate({
  id: "assens-admin",
  weeklyHours: { min: 15, max: 15 },
  skills: ["administration", "arkivering", "Excel"],
  wishes: { occupations: ["kontorassistent"] },
  needs: [
    { code: "quiet_environment", level: "must" },
    { code: "low_tempo", level: "must" },
    { code: "extra_breaks", level: "prefer" },
  ],
  postalCode: "1620",
  maxCommuteKm: 15,
});

/** A busy 30-hour shop job: none of the calm accommodations. */
export const busyShop = opening({
  id: "busy-shop",
  title: "Butiksassistent i travl butik",
  weeklyHours: { min: 30, max: 37 },
  requiredSkills: ["kundeservice", "kasse"],
  occupation: "butiksassistent",
  industry: "detailhandel",
  accommodations: ["no_heavy_lifting"],
  postalCode: "1620",
});

/** Structured administration, the kind of job the consultant's academic now does. */
export const quietOffice = opening({
  id: "quiet-office",
  title: "Kontorassistent, struktureret administration",
  weeklyHours: { min: 10, max: 15 },
  requiredSkills: ["arkivering", "regneark"],
  preferredSkills: ["Word"],
  occupation: "office assistant",
  accommodations: ["quiet_environment", "low_tempo", "extra_breaks", "clear_structure"],
  postalCode: "1620",
});

/** Odense: 2–3 h/week mini-fleksjob in a kindergarten. */
export const kindergartenMini = opening({
  id: "odense-kindergarten",
  title: "Pedelhjælp i børnehave",
  weeklyHours: { min: 2, max: 3 },
  schedule: ["tue-morning", "thu-morning"],
  requiredSkills: ["malerarbejde", "cykelreparation"],
  industry: "daginstitution",
  accommodations: ["flexible_start", "short_work_days"],
  postalCode: "1620",
});
