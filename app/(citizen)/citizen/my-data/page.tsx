import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { requireRole } from "@/lib/auth/guards";
import { countActiveMatches, listProfileViews } from "@/lib/db/my-data";
import { DeleteProfile } from "./components/delete-profile";
import { ProfileViews } from "./components/profile-views";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myData"))("title") };
}

export default async function MyDataPage() {
  const user = await requireRole("CITIZEN");
  const [views, activeMatches, t] = await Promise.all([
    listProfileViews(user, { take: 100 }),
    countActiveMatches(user),
    getTranslations("myData"),
  ]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>

      <Card aria-labelledby="my-data-download" className="flex flex-col gap-3">
        <h2 id="my-data-download" className="text-xl font-bold">
          {t("download.title")}
        </h2>
        <p>{t("download.text")}</p>
        <p>{t("download.format")}</p>
        <div>
          <Button asChild variant="secondary">
            {/* A plain link: the route answers with a file, so no client-side navigation. */}
            <a href="/citizen/my-data/export" download>
              {t("download.button")}
            </a>
          </Button>
        </div>
      </Card>

      <Card aria-labelledby="my-data-views" className="flex flex-col gap-3">
        <h2 id="my-data-views" className="text-xl font-bold">
          {t("views.title")}
        </h2>
        <p>{t("views.intro")}</p>
        <ProfileViews views={views} />
      </Card>

      <Card aria-labelledby="my-data-delete" className="flex flex-col gap-3">
        <h2 id="my-data-delete" className="text-xl font-bold">
          {t("delete.title")}
        </h2>
        <DeleteProfile activeMatches={activeMatches} />
      </Card>
    </div>
  );
}
