import type { ComponentName, ComponentResult, Explanation, Message } from "@/lib/matching";

// The engine's explanation is written for consultants: its distance texts name the citizen's
// postal code ("3,2 km fra 2900 til 2820"), and its distance component, with the exact score,
// gives the distance to a tenth of a kilometre, which with the municipality can point at a
// postal code. Employers get it through here: distance in broad bands, the distance component in
// steps of a tenth, the score as a whole number, and every other text as the engine wrote it.

//
// Distance is also a way to locate someone: an employer who reads a candidate's band from
// openings at chosen postal codes can triangulate her, even when her card says "Danmark". So the
// distance is shown only for a published opening and a candidate whose card names her
// municipality ("shown"); otherwise ("unpublished", "generalised") the texts say why it is not
// shown, and the distance part of the score is left out of the breakdown and the score.

export type DistanceView = "shown" | "unpublished" | "generalised";

export type EmployerFit = Pick<Explanation, "eligible" | "score" | "reasons" | "blockers"> & {
  components: Record<ComponentName, ComponentResult & { hidden?: boolean }>;
};

const BANDS: { below: number; da: string; en: string }[] = [
  { below: 5, da: "under 5 km", en: "less than 5 km" },
  { below: 10, da: "5–10 km", en: "5–10 km" },
  { below: 25, da: "10–25 km", en: "10–25 km" },
  { below: 50, da: "25–50 km", en: "25–50 km" },
];
const FAR = { da: "over 50 km", en: "more than 50 km" };

export function distanceBand(km: number): { da: string; en: string } {
  return BANDS.find((b) => km < b.below) ?? FAR;
}

const HIDDEN: Record<Exclude<DistanceView, "shown">, { da: string; en: string }> = {
  unpublished: { da: "Afstanden vises, når stillingen er slået op", en: "The distance is shown once the opening is published" },
  generalised: { da: "Afstanden vises ikke, så kandidaten ikke kan genkendes", en: "The distance is not shown, so that the candidate cannot be recognised" },
};

function distanceMessage(code: string, km: number | null, view: DistanceView): Message {
  if (view !== "shown") {
    // The hard rule still holds, but says nothing about how far.
    if (code === "commute") return { code, da: "Bor længere væk, end kandidaten kan rejse", en: "Lives further away than the candidate can travel" };
    return { code: "distance_hidden", ...HIDDEN[view] };
  }
  if (km === null || !Number.isFinite(km)) {
    return { code: "distance_unknown", da: "Afstanden til arbejdspladsen kendes ikke", en: "The distance to the workplace is not known" };
  }
  const band = distanceBand(km);
  if (code === "commute") {
    return { code, da: `Bor ${band.da} væk — længere, end kandidaten kan rejse`, en: `Lives ${band.en} away — further than the candidate can travel` };
  }
  return { code, da: `Bor ${band.da} fra arbejdspladsen`, en: `Lives ${band.en} from the workplace` };
}

function clean(messages: readonly Message[], km: number | null, view: DistanceView): Message[] {
  return messages.map((m) =>
    m.code === "distance" || m.code === "commute" || m.code === "postal_code_unknown" ? distanceMessage(m.code, km, view) : { code: m.code, da: m.da, en: m.en },
  );
}

const tenth = (x: number) => Math.round(x * 10) / 10;

/**
 * The employer's view of one explanation. `distanceKm` is the distance between the postal codes
 * (null when unknown); it is only turned into a band here, when `view` allows, and never returned.
 */
export function toEmployerFit(e: Explanation, distanceKm: number | null, view: DistanceView = "shown"): EmployerFit {
  const components = {} as EmployerFit["components"];
  let hiddenPoints = 0;
  for (const [name, c] of Object.entries(e.components) as [ComponentName, ComponentResult][]) {
    if (name === "distance" && view !== "shown") {
      hiddenPoints = c.value * c.weight;
      components[name] = { value: 0, weight: c.weight, points: 0, hidden: true };
      continue;
    }
    const value = name === "distance" ? tenth(c.value) : c.value;
    components[name] = { value, weight: c.weight, points: tenth(value * c.weight) };
  }
  return {
    eligible: e.eligible,
    score: Math.round(e.eligible ? e.score - hiddenPoints : e.score),
    components,
    reasons: clean(e.reasons, distanceKm, view),
    blockers: clean(e.blockers, distanceKm, view),
  };
}
