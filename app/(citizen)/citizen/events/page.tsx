import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventsPage } from "@/components/content/events-page";
import { pageParam } from "@/components/ui/page-links";
import { requireRole } from "@/lib/auth/guards";
import { cancelSignupAction, signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

/** The upcoming events of her municipality for citizens, 10 a page. */
export default async function CitizenEventsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("CITIZEN");
  const page = pageParam((await searchParams).page);
  return <EventsPage actor={user} page={page} basePath="/citizen/events" intro="intro" signUpAction={signUpAction} cancelSignupAction={cancelSignupAction} />;
}
