import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";

// Where a citizen lands after deleting their profile; they are signed out, so it is public.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myData.goodbye"))("title") };
}

export default async function GoodbyePage() {
  const t = await getTranslations("myData.goodbye");
  return (
    <article className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("text")}</p>
      <p>{t("help")}</p>
      <div>
        <Button asChild>
          <Link href="/">{t("home")}</Link>
        </Button>
      </div>
    </article>
  );
}
