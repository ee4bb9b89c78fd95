import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { requireRole } from "@/lib/auth/guards";
import { getOwnOpeningForEditing } from "@/lib/db/openings";
import { updateOpeningAction } from "../../actions";
import { formatFormHours, OpeningFields } from "../../opening-fields";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("openings.edit"))("title") };
}

export default async function EditOpeningPage({ params }: Props) {
  const user = await requireRole("EMPLOYER");
  const opening = await getOwnOpeningForEditing(user, (await params).id);
  if (!opening) notFound();
  const [t, tf, locale] = await Promise.all([getTranslations("openings.edit"), getTranslations("openings.form"), getLocale()]);
  const href = `/employer/openings/${opening.id}`;
  // Per person and opening, so a colleague's or another opening's unsaved text never appears here.
  const draftKey = `opening-edit:${user.id}:${opening.id}`;
  return (
    <div className="flex flex-col gap-6">
      <Link href={href} className="inline-flex min-h-11 items-center self-start">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      <ActionForm action={updateOpeningAction} draftKey={draftKey} successHref={href}>
        <input type="hidden" name="id" value={opening.id} />
        <OpeningFields
          draftKey={draftKey}
          defaults={{
            ...opening,
            occupation: opening.occupation ?? "",
            industry: opening.industry ?? "",
            hoursMin: formatFormHours(opening.hoursMin, locale),
            hoursMax: formatFormHours(opening.hoursMax, locale),
            positions: String(opening.positions),
          }}
        />
        <SubmitButton pendingLabel={tf("saving")}>{t("save")}</SubmitButton>
      </ActionForm>
    </div>
  );
}
