import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmailSettingsPage } from "@/components/email-settings-form";
import { requireRole } from "@/lib/auth/guards";
import { saveEmailSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("emailSettings"))("title") };
}

export default async function CitizenEmailSettings() {
  const user = await requireRole("CITIZEN");
  return <EmailSettingsPage user={user} action={saveEmailSettingsAction} />;
}
