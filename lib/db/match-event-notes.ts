// Notes the app itself writes on a MatchEvent, as markers rather than words. Pages show them in
// the reader's language (never the marker); every other note is typed by a person and shown as is.
// No database access here, so the seed and the pages can share them.

/** The citizen's interest (also when the status does not change). */
export const CITIZEN_INTEREST_NOTE = "citizen_interest";

/** A withdrawn yes to contact, so the history can say what happened. */
export const CONSENT_WITHDRAWN_NOTE = "consent-withdrawn";

/** Each marker's message key (caseload.detail.eventMarkers.*). */
export const EVENT_NOTE_MARKERS: Record<string, "citizenInterest" | "consentWithdrawn"> = {
  [CITIZEN_INTEREST_NOTE]: "citizenInterest",
  [CONSENT_WITHDRAWN_NOTE]: "consentWithdrawn",
};
