import { getTranslations } from "next-intl/server";
import type { UnsubscribeTarget } from "@/lib/db/unsubscribe";

/** What a link stops, in the reader's words: a type's title as the messages page shows it. */
export async function unsubscribeWhat(kind: UnsubscribeTarget["kind"]): Promise<string> {
  if (kind === "DIGEST" || kind === "JOB_AGENT") return (await getTranslations("emailSettings.unsubscribe"))(`kinds.${kind}`);
  return (await getTranslations("notifications"))(`types.${kind}.title`);
}
