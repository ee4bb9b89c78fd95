import { z } from "zod";
import { idSchema } from "./common";

/** A consultant's "suggest all the jobs" on a bundle: the citizen and 2–3 distinct openings. */
export const bundleProposalSchema = z.object({
  profileId: idSchema,
  openingIds: z
    .array(idSchema)
    .min(2, "bundleSize")
    .max(3, "bundleSize")
    .refine((ids) => new Set(ids).size === ids.length, "bundleSize"),
});

export type BundleProposal = z.infer<typeof bundleProposalSchema>;
