import { z } from "zod";
import { cleanString } from "./common";

// Messages are translation keys (messages/*.json → "validation.*"), resolved at the field.
export const signInSchema = z.object({
  email: cleanString().trim().min(1, "emailRequired").max(254, "emailInvalid").pipe(z.email("emailInvalid")),
  password: z.string().min(1, "passwordRequired").max(200, "passwordTooLong"),
});

export type SignInInput = z.infer<typeof signInSchema>;
