import { z } from "zod";
import { cleanString } from "./common";
import { postalIndex } from "@/lib/matching";

// The employer's company profile and colleague invitations. Messages are keys in
// messages/*/employerCompany.json ("errors.*"). Free text is shown to the job centre and to
// citizens (the company name), so it is bounded.

const text = (max: number) => cleanString("tooLong").trim().max(max, "tooLong");

/** Danish CVR: eight digits. People often type it as "1234 5678", so spaces are dropped first. */
export const cvrSchema = z
  .string("cvrRequired")
  .transform((v) => v.replace(/\s+/g, ""))
  .pipe(cleanString().min(1, { message: "cvrRequired", abort: true }).regex(/^\d{8}$/, "cvrFormat"));

const postalCode = z
  .string("postalFormat")
  .trim()
  .regex(/^\d{4}$/, { message: "postalFormat", abort: true })
  .refine((c) => postalIndex(c) >= 0, "postalUnknown");

/** Optional, but when given it must be an e-mail address (the job centre writes to it). */
const optionalEmail = z
  .string("emailInvalid")
  .trim()
  .toLowerCase()
  .max(254, "tooLong")
  .refine((v) => v === "" || z.email().safeParse(v).success, "emailInvalid");

/** Optional; "+45 12 34 56 78" style: digits, spaces and a leading plus, 8–15 digits. */
const optionalPhone = z
  .string("phoneInvalid")
  .trim()
  .max(30, "phoneInvalid")
  .refine((v) => v === "" || (/^\+?[\d ]+$/.test(v) && /^\d{8,15}$/.test(v.replace(/\D/g, ""))), "phoneInvalid");

export const companySchema = z.object({
  name: text(120).min(1, "nameRequired"),
  cvr: cvrSchema,
  industry: text(120).min(1, "industryRequired"),
  address: text(200),
  postalCode,
  contactName: text(120),
  contactEmail: optionalEmail,
  contactPhone: optionalPhone,
});

export type CompanyInput = z.infer<typeof companySchema>;

/** How long a colleague's invitation link works (also said in the page and the e-mail). */
export const COLLEAGUE_INVITATION_DAYS = 14;

export const colleagueInviteSchema = z.object({
  name: text(120).min(1, "inviteNameRequired"),
  email: cleanString("emailRequired").trim().toLowerCase().min(1, { message: "emailRequired", abort: true }).max(254, "tooLong").pipe(z.email("emailInvalid")),
});

export type ColleagueInviteInput = z.infer<typeof colleagueInviteSchema>;

/** Ids from hidden inputs: only their shape is checked here; lib/db scopes them to the actor. */
export const recordIdSchema = z.string().trim().min(1).max(100);
