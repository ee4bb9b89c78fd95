import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton } from "@/components/ui/form-fields";
import { readUnsubscribe } from "@/lib/db/unsubscribe";
import { unsubscribeAction } from "./actions";
import { unsubscribeWhat } from "./what";

// Where an e-mail's unsubscribe link leads, without signing in. Showing the page changes nothing
// (mail scanners open links); the button does. A forged or damaged link gets a plain refusal.
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("emailSettings.unsubscribe"))("title"), robots: { index: false } };
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const [t, target] = await Promise.all([getTranslations("emailSettings.unsubscribe"), typeof token === "string" && token.length <= 200 ? readUnsubscribe(token) : null]);
  return (
    <article className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{t("title")}</h1>
      {target ? (
        <ActionForm action={unsubscribeAction} className="flex flex-col gap-4">
          <p>{t("confirm", { what: await unsubscribeWhat(target.kind) })}</p>
          <input type="hidden" name="token" value={token} />
          <SubmitButton pendingLabel={t("working")}>{t("button")}</SubmitButton>
        </ActionForm>
      ) : (
        <>
          <p role="alert">{t("invalid")}</p>
          <p>
            <Link href="/sign-in" className="font-semibold underline">
              {t("signIn")}
            </Link>
          </p>
        </>
      )}
    </article>
  );
}
