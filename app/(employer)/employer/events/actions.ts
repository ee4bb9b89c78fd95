"use server";

import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { cancelSignupFor, signUpFor } from "@/lib/events/sign-up-action";

export async function signUpAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  return signUpFor(user, formData, "/employer/events");
}

export async function cancelSignupAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("EMPLOYER");
  return cancelSignupFor(user, formData, "/employer/events");
}
