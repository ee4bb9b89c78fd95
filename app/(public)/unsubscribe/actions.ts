"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { unsubscribe } from "@/lib/db/unsubscribe";
import { cleanString } from "@/lib/validation/common";
import { unsubscribeWhat } from "./what";

const schema = z.object({ token: cleanString().trim().min(1).max(200) });

/**
 * The confirm page's button. No sign-in: the signed token is the permission (lib/auth/tokens.ts), so
 * a forged one stops nothing. Pressing it twice stops the same mail twice, which is harmless.
 */
export async function unsubscribeAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const t = await getTranslations("emailSettings.unsubscribe");
  const parsed = schema.safeParse({ token: formData.get("token") ?? "" });
  const target = parsed.success ? await unsubscribe(parsed.data.token) : null;
  if (!target) return { ok: false, formError: t("invalid") };
  return { ok: true, message: t("done", { what: await unsubscribeWhat(target.kind) }) };
}
