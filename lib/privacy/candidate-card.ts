// The anonymization boundary. Every employer-visible candidate object is built here and only
// here: fields are copied one by one into a closed type, so a name, contact, CPR, photo, exact
// address, private note or unshared free text cannot ride along. The database select that feeds
// it (lib/db/candidate-cards.ts) does not even load those columns. For a company, the id and the
// alias are that company's own pseudonyms (lib/privacy/pseudonyms.ts), never the profile's.
import { candidateRef, companyAlias } from "./pseudonyms";

export type CandidateCardSource = {
  id: string;
  alias: string;
  headline: string;
  summary: string;
  summaryShareable: boolean;
  showEmployerNames: boolean;
  skills: string[];
  wishOccupations: string[];
  wishIndustries: string[];
  openToNewField: boolean;
  hoursMin: number;
  hoursMax: number;
  availability: string[];
  remotePreference: string;
  municipality: { name: string };
  experience: { title: string; employerName: string | null; fromYear: number | null; toYear: number | null }[];
  education: { title: string; institution: string | null; year: number | null }[];
  needs: { code: string; level: "MUST" | "PREFER" }[];
};

export type CandidateCard = {
  /** For a company: its opaque reference to the candidate (URLs, forms). For the citizen: her profile id. */
  readonly id: string;
  /** For a company: its own alias for the candidate. */
  readonly alias: string;
  readonly headline: string;
  /** Only when the citizen marked the summary shareable. */
  readonly summary: string | null;
  readonly skills: readonly string[];
  readonly wishes: { readonly occupations: readonly string[]; readonly industries: readonly string[]; readonly openToNewField: boolean };
  readonly hours: { readonly min: number; readonly max: number };
  readonly availability: readonly string[];
  readonly remotePreference: string;
  /** Approximate area (the municipality), never the postal code or address. */
  readonly area: string;
  readonly experience: readonly { readonly title: string; readonly employerName: string | null; readonly fromYear: number | null; readonly toYear: number | null }[];
  readonly education: readonly { readonly title: string; readonly year: number | null }[];
  /** Functional needs only (vocabulary codes); never the private note, never a diagnosis. */
  readonly needs: readonly { readonly code: string; readonly level: "MUST" | "PREFER" }[];
};

/** The card as `companyId` sees it, or (null) as the citizen herself previews it. */
export function toCandidateCard(p: CandidateCardSource, companyId: string | null): CandidateCard {
  return {
    id: companyId === null ? p.id : candidateRef(companyId, p.id),
    alias: companyId === null ? p.alias : companyAlias(companyId, p.id),
    headline: p.headline,
    summary: p.summaryShareable && p.summary ? p.summary : null,
    skills: [...p.skills],
    wishes: { occupations: [...p.wishOccupations], industries: [...p.wishIndustries], openToNewField: p.openToNewField },
    hours: { min: p.hoursMin, max: p.hoursMax },
    availability: [...p.availability],
    remotePreference: p.remotePreference,
    area: p.municipality.name,
    experience: p.experience.map((e) => ({
      title: e.title,
      employerName: p.showEmployerNames ? e.employerName : null,
      fromYear: e.fromYear,
      toYear: e.toYear,
    })),
    education: p.education.map((e) => ({ title: e.title, year: e.year })),
    needs: p.needs.map((n) => ({ code: n.code, level: n.level })),
  };
}
