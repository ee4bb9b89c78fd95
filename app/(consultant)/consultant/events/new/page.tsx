import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SubmitButton } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { newRecordId } from "@/lib/auth/tokens";
import { createEventAction } from "../actions";
import { CreateForm } from "../create-form";
import { EventFields } from "../event-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("consultantContent"))("events.new") };
}

export default async function NewEventPage() {
  const user = await requireRole("CONSULTANT");
  const t = await getTranslations("consultantContent");
  return (
    <div className="flex flex-col gap-6">
      <Link href="/consultant/events" className="inline-flex min-h-11 items-center self-start font-semibold">
        {t("events.back")}
      </Link>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("events.new")}</h1>
      <p>{t("events.newIntro")}</p>
      <CreateForm action={createEventAction} hrefBase="/consultant/events" initialId={newRecordId(user.id)} draftKey={`event-new:${user.id}`}>
        <EventFields defaults={{ title: "", description: "", location: "", startsAt: "", endsAt: "", capacity: "20", audience: "CITIZENS" }} />
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </CreateForm>
    </div>
  );
}
