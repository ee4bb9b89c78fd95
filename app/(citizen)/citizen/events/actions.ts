"use server";

import type { ActionResult } from "@/lib/actions/result";
import { requireRole } from "@/lib/auth/guards";
import { cancelSignupFor, signUpFor } from "@/lib/events/sign-up-action";

export async function signUpAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  return signUpFor(user, formData, "/citizen/events");
}

export async function cancelSignupAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const user = await requireRole("CITIZEN");
  return cancelSignupFor(user, formData, "/citizen/events");
}
