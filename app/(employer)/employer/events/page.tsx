import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventsPage } from "@/components/content/events-page";
import { pageParam } from "@/components/ui/page-links";
import { requireRole } from "@/lib/auth/guards";
import { cancelSignupAction, signUpAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("events"))("title") };
}

/** The job centre's upcoming events for companies (audience "Virksomheder" or everyone), 10 a page. */
export default async function EmployerEventsPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const user = await requireRole("EMPLOYER");
  const page = pageParam((await searchParams).page);
  return <EventsPage actor={user} page={page} basePath="/employer/events" intro="employerIntro" signUpAction={signUpAction} cancelSignupAction={cancelSignupAction} />;
}
