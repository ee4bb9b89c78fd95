-- A consultant's note to the employer is held back until the citizen consents.
ALTER TABLE "Match" ADD COLUMN "employerNoteOnConsent" TEXT;
