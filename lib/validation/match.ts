import { z } from "zod";
import { cleanString, idSchema } from "./common";

// A consultant's decision on a match and a message in a match's thread. Messages are translation
// keys under "errors.*" in messages/*/consultantQueue.json and messages/*/employerMatches.json.
// Limits are finite because the text is stored and shown to the other side.

/** A cuid-like id from a hidden input; anything else means a tampered or stale form. */
export const matchIdSchema = idSchema;

const optionalText = z
  .string()
  .trim()
  .max(2000, "tooLong")
  .optional()
  .transform((v) => (v ? v : undefined));

export const decisionSchema = z.discriminatedUnion(
  "decision",
  [
    // Two notes, kept apart: the citizen's comes with the question about contact; the employer's
    // is held back until the citizen says yes (it may say things she has not agreed to share).
    z.object({ decision: z.literal("approve"), citizenMessage: optionalText, employerMessage: optionalText }),
    // The reason is kept in the match's history, so a rejection without one is refused.
    z.object({ decision: z.literal("reject"), reason: cleanString("reasonRequired").trim().min(1, "reasonRequired").max(2000, "tooLong") }),
  ],
  "decisionInvalid",
);

export type DecisionInput = z.input<typeof decisionSchema>;
export type Decision = z.output<typeof decisionSchema>;

export const messageBodySchema = cleanString("bodyRequired").trim().min(1, "bodyRequired").max(2000, "tooLong");

export const postMessageSchema = z.object({ matchId: matchIdSchema, body: messageBodySchema });
