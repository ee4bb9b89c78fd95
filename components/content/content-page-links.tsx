import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";

/** Previous/next links of the events and articles pages, with their namespace's pagination texts. */
export async function ContentPageLinks({ namespace, page, hasNext, basePath }: { namespace: "events" | "articles"; page: number; hasNext: boolean; basePath: string }) {
  const t = await getTranslations(`${namespace}.pagination`);
  return <PageLinks current={page} hasNext={hasNext} href={(n) => (n > 1 ? `${basePath}?page=${n}` : basePath)} labels={{ label: t("label"), previous: t("previous"), next: t("next"), page: t("page", { page }) }} />;
}
