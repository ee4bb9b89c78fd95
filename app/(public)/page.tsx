import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/permissions";

export default async function LandingPage() {
  const [user, t] = await Promise.all([getCurrentUser(), getTranslations("landing")]);
  return (
    <div className="flex flex-col gap-8">
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="max-w-2xl text-lg">{t("lead")}</p>
        <div>
          {user ? (
            <Button asChild>
              <Link href={homeFor(user.role)}>{t("goToArea")}</Link>
            </Button>
          ) : (
            <Button asChild>
              <Link href="/sign-in">{t("signIn")}</Link>
            </Button>
          )}
        </div>
      </section>
      <section aria-labelledby="for-whom" className="grid gap-4 sm:grid-cols-3">
        <h2 id="for-whom" className="sr-only">
          {t("forWhom")}
        </h2>
        {(["citizen", "employer", "consultant"] as const).map((key) => (
          <div key={key} className="rounded-lg border border-gray-200 p-5">
            <h3 className="text-lg font-bold">{t(`${key}.title`)}</h3>
            <p>{t(`${key}.text`)}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
