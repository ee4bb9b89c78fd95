import { z } from "zod";
import { cleanString, idSchema } from "./common";

// A message in the citizen's dialog with the job centre. Messages are keys under "errors.*" in
// messages/*/dialog.json. Plain text only: it is shown as text, never as HTML or Markdown.

/** Long enough for a careful letter, short enough to read on a phone. */
export const DIALOG_MESSAGE_MAX = 4000;

export const dialogMessageSchema = z.object({
  /** The id the page made for this message (lib/auth/tokens.ts), so a double submit saves it once. */
  id: idSchema,
  body: cleanString("bodyRequired").trim().min(1, "bodyRequired").max(DIALOG_MESSAGE_MAX, "bodyTooLong"),
  /** Optional: one of the citizen's own matches the message is about ("" for none). */
  matchId: z.union([z.literal(""), idSchema]).transform((v) => (v === "" ? null : v)),
});

export type DialogMessageInput = z.infer<typeof dialogMessageSchema>;

/** The consultant's form also names the citizen whose thread it answers. */
export const consultantDialogMessageSchema = dialogMessageSchema.extend({ profileId: idSchema });
