import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { getCurrentUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/permissions";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { env, oidcEnabled } from "@/lib/runtime/env";
import { DemoLogins } from "./demo-logins";
import { SignInForm } from "./sign-in-form";
import { OidcButton } from "./oidc-button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

type Props = { searchParams: Promise<{ callbackUrl?: string; signedOut?: string; error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const [params, t] = await Promise.all([searchParams, getTranslations("signIn")]);
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {params.signedOut ? (
        <p role="status" className="rounded-md bg-brand-50 p-3">
          {t("signedOut")}
        </p>
      ) : null}
      {params.error ? (
        // Auth.js sends a refused or failed OpenID Connect sign-in here (AccessDenied: no user).
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {params.error === "AccessDenied" ? t("errors.oidcRefused", { name: env.OIDC_NAME }) : t("errors.unknown")}
        </p>
      ) : null}
      <p>{t("intro")}</p>
      {oidcEnabled ? <OidcButton label={t("oidc", { name: env.OIDC_NAME })} callbackUrl={callbackUrl} /> : null}
      <Card>
        <SignInForm callbackUrl={callbackUrl} />
      </Card>
      {env.DEMO_MODE === "1" ? <DemoLogins /> : null}
    </div>
  );
}
