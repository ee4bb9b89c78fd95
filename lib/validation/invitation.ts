import { z } from "zod";
import { cleanString } from "./common";

// A consultant's invitations of citizens, one at a time or as a pasted list. Messages are keys in
// messages/*/consultantInvitations.json ("errors.*").

/** How long a citizen's invitation link works (also said in the page and the e-mail). */
export const CITIZEN_INVITATION_DAYS = 30;

/** At most this many rows in one list, so one submit stays a few seconds of work. */
export const MAX_CSV_ROWS = 500;

export const inviteeNameSchema = cleanString("nameRequired").trim().min(1, "nameRequired").max(120, "tooLong");

export const inviteeEmailSchema = z
  .string("emailRequired")
  .trim()
  .toLowerCase()
  .min(1, { message: "emailRequired", abort: true })
  .max(254, "tooLong")
  .pipe(z.email("emailInvalid"));

export const citizenInviteSchema = z.object({ name: inviteeNameSchema, email: inviteeEmailSchema });

export type CitizenInviteInput = z.infer<typeof citizenInviteSchema>;

/** The pasted list; 500 rows of name and e-mail fit well within 200,000 characters. */
export const csvInviteSchema = z.object({
  csv: cleanString("csvRequired").trim().min(1, "csvRequired").max(200_000, "csvTooLong"),
});
