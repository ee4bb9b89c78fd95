import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/permissions";
import { findOpenInvitation } from "@/lib/db/invitations";
import { env, oidcEnabled } from "@/lib/runtime/env";
import { acceptWithOidcAction } from "./actions";
import { InvitationForm } from "./invitation-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("onboarding.invite"))("title") };
}

type Props = { params: Promise<{ token: string }> };

export default async function InvitationPage({ params }: Props) {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const [{ token }, t] = await Promise.all([params, getTranslations("onboarding.invite")]);
  const found = await findOpenInvitation(token, new Date());
  if (found.state !== "open") {
    return (
      <div className="mx-auto flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{t(`closed.${found.state}.title`)}</h1>
        <p>{t(`closed.${found.state}.text`)}</p>
        <p>
          <Link href="/sign-in">{t("goToSignIn")}</Link>
        </p>
      </div>
    );
  }
  const { invitation } = found;
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("welcome", { name: invitation.name })}</h1>
      {invitation.role === "EMPLOYER" ? (
        <p>{t("employerIntro", { company: invitation.employer?.name ?? "" })}</p>
      ) : (
        <>
          <p>{t("intro", { municipality: invitation.municipality.name })}</p>
          <ul className="list-disc pl-5">
            <li>{t("point1")}</li>
            <li>{t("point2")}</li>
            <li>{t("point3")}</li>
          </ul>
        </>
      )}
      {oidcEnabled ? (
        <form action={acceptWithOidcAction}>
          <input type="hidden" name="token" value={token} />
          <Button type="submit" className="w-full">
            {t("oidc", { name: env.OIDC_NAME })}
          </Button>
        </form>
      ) : null}
      <Card aria-labelledby="password-title">
        <h2 id="password-title" className="mb-1 text-xl font-bold">
          {t("passwordTitle")}
        </h2>
        <p className="mb-4">{t("email", { email: invitation.email })}</p>
        <InvitationForm token={token} email={invitation.email} employer={invitation.role === "EMPLOYER"} />
      </Card>
    </div>
  );
}
