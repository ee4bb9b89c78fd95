import { z } from "zod";
import { cleanString, idSchema } from "./common";

// The consultant's own tools on a citizen's file: propose a job, the journal, the handover.
// Messages are translation keys (namespace consultantTools.errors).

/** "Foreslå jobbet": the citizen and the chosen open job. */
export const proposeJobSchema = z.object({ profileId: idSchema, openingId: idSchema });

/** The chooser's search and page, from the URL. */
export const chooserQuerySchema = z.object({
  q: cleanString().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** A new note in the journal; the id was given to the form (newRecordId), so a double submit is one note. */
export const caseNoteSchema = z.object({
  profileId: idSchema,
  id: idSchema,
  body: cleanString("noteRequired").trim().min(1, "noteRequired").max(4000, "noteTooLong"),
});

/** Hand over to a colleague; fromId is the consultant the form showed ("" for none). */
export const handoverSchema = z.object({
  profileId: idSchema,
  toId: z.string("consultantRequired").trim().min(1, "consultantRequired").pipe(idSchema),
  fromId: z.union([z.literal(""), idSchema]).transform((v) => v || null),
});
