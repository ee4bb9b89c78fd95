import { z } from "zod";
import { cleanString } from "./common";
import { parseDay, parseRampUpPlan, type RampUpStep } from "@/lib/placements/plan";
import { matchIdSchema } from "./match";

// The consultant's placement forms. Messages are translation keys under "errors.*" in
// messages/*/pipeline.json. Dates come from <input type="date"> ("YYYY-MM-DD"); hours may be
// typed with a Danish comma ("7,5").

export { matchIdSchema };
export const followUpIdSchema = matchIdSchema;

const day = (required: string) =>
  z
    .string(required)
    .trim()
    .min(1, required)
    .transform((v, ctx) => {
      const d = parseDay(v);
      if (!d) {
        ctx.addIssue({ code: "custom", message: "dateInvalid" });
        return z.NEVER;
      }
      return d;
    });

/** Weekly hours 1–37 in half-hour steps. */
export const hoursSchema = z
  .string("hoursInvalid")
  .trim()
  .min(1, "hoursRequired")
  .transform((v, ctx) => {
    const n = Number(v.replace(",", "."));
    if (!/^\d+([.,]\d+)?$/.test(v) || !Number.isFinite(n) || n < 1 || n > 37 || Math.round(n * 2) !== n * 2) {
      ctx.addIssue({ code: "custom", message: "hoursInvalid" });
      return z.NEVER;
    }
    return n;
  });

/** An optional plan in words; empty means "no plan". */
export const rampUpPlanSchema = z
  .string()
  .trim()
  .max(300, "planInvalid")
  .optional()
  .transform((v, ctx): RampUpStep[] | null => {
    if (!v) return null;
    const plan = parseRampUpPlan(v);
    if (!plan) {
      ctx.addIssue({ code: "custom", message: "planInvalid" });
      return z.NEVER;
    }
    return plan;
  });

export const startPraktikSchema = z
  .object({ startAt: day("startRequired"), endAt: day("endRequired"), hoursPerWeek: hoursSchema, rampUpPlan: rampUpPlanSchema })
  .refine((v) => v.endAt.getTime() >= v.startAt.getTime(), { message: "endBeforeStart", path: ["endAt"] });

export const hireSchema = z.object({ startAt: day("startRequired"), hoursPerWeek: hoursSchema, rampUpPlan: rampUpPlanSchema });

export const endSchema = z.object({ reason: cleanString("reasonRequired").trim().min(1, "reasonRequired").max(2000, "tooLong") });

export const completeFollowUpSchema = z.object({ note: cleanString().trim().max(2000, "tooLong").optional().transform((v) => v || null) });

export const addFollowUpSchema = z.object({ dueAt: day("dueRequired"), note: cleanString("noteRequired").trim().min(1, "noteRequired").max(2000, "tooLong") });

export type StartPraktikInput = z.output<typeof startPraktikSchema>;
export type HireInput = z.output<typeof hireSchema>;
export type EndInput = z.output<typeof endSchema>;
export type AddFollowUpInput = z.output<typeof addFollowUpSchema>;

/** The plan form on its own (changing the plan of a running placement). */
export const planFormSchema = z.object({ rampUpPlan: rampUpPlanSchema });
