import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireRole } from "@/lib/auth/guards";
import { listOpenInvitations } from "@/lib/db/citizen-invitations";
import { CsvInviteForm, SingleInviteForm } from "./invite-forms";
import { OpenInvitations } from "./open-invitations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantInvitations"))("title") };
}

type Props = { searchParams: Promise<{ page?: string }> };

export default async function InvitationsPage({ searchParams }: Props) {
  const user = await requireRole("CONSULTANT");
  const requested = Number((await searchParams).page ?? 1);
  const [invitations, t, locale] = await Promise.all([listOpenInvitations(user, new Date(), requested), getTranslations("consultantInvitations"), getLocale()]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <p>{t("intro")}</p>
      <Card aria-labelledby="invite-single">
        <h2 id="invite-single" className="mb-3 text-xl font-bold">
          {t("single.title")}
        </h2>
        <SingleInviteForm />
      </Card>
      <Card aria-labelledby="invite-csv">
        <h2 id="invite-csv" className="mb-3 text-xl font-bold">
          {t("csv.title")}
        </h2>
        <CsvInviteForm />
      </Card>
      <Card aria-labelledby="invite-open">
        <h2 id="invite-open" className="mb-1 text-xl font-bold">
          {t("open.title", { count: invitations.total })}
        </h2>
        <OpenInvitations invitations={invitations.rows} locale={locale} />
        <div className="mt-4">
          <Pagination current={invitations.page} pages={invitations.pages} href={(n) => (n > 1 ? `/consultant/invitations?page=${n}` : "/consultant/invitations")} namespace="consultantInvitations.pagination" />
        </div>
      </Card>
    </div>
  );
}
