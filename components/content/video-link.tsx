import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

/** Only http(s) URLs become links; a javascript: or data: URL typed by an editor renders nothing. */
export function safeVideoUrl(raw: string): URL | null {
  try {
    const url = new URL(raw);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/**
 * A labelled link to the video instead of an embedded player: an iframe would let the video host
 * track the citizen, and the page would break whenever that host is slow or blocked.
 */
export async function VideoLink({ url }: { url: string }) {
  const safe = safeVideoUrl(url);
  if (!safe) return null;
  const t = await getTranslations("articles");
  return (
    <section aria-labelledby="article-video" className="flex flex-col gap-3 rounded-lg border border-gray-300 p-4">
      <h2 id="article-video" className="text-xl font-bold">
        {t("videoTitle")}
      </h2>
      <p>{t("videoNote", { host: safe.hostname })}</p>
      <Button asChild className="self-start">
        <a href={safe.href} target="_blank" rel="noopener noreferrer">
          {t("watchVideo")}
        </a>
      </Button>
    </section>
  );
}
