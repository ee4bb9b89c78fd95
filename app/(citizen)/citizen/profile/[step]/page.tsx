import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/auth/guards";
import { getOwnProfileForEditing } from "@/lib/db/profile";
import { isStep, type Step } from "../steps";
import { WizardProgress } from "../wizard-progress";
import { AboutStep } from "./about-step";
import { ExperienceStep } from "./experience-step";
import { HoursStep } from "./hours-step";
import { NeedsStep } from "./needs-step";
import { PlaceStep } from "./place-step";
import { SkillsStep, WishesStep } from "./tag-steps";
import { VisibilityStep } from "./visibility-step";
import type { ProfileForEditing } from "@/lib/db/profile";

type Props = { params: Promise<{ step: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step } = await params;
  const t = await getTranslations("profile");
  return { title: isStep(step) ? t(`steps.${step}.title`) : t("title") };
}

const forms: Record<Step, (props: { profile: ProfileForEditing }) => Promise<React.ReactNode>> = {
  about: AboutStep,
  skills: SkillsStep,
  experience: ExperienceStep,
  wishes: WishesStep,
  hours: HoursStep,
  needs: NeedsStep,
  place: PlaceStep,
  visibility: VisibilityStep,
};

export default async function ProfileStepPage({ params }: Props) {
  const user = await requireRole("CITIZEN");
  const { step } = await params;
  if (!isStep(step)) notFound();
  const [profile, t] = await Promise.all([getOwnProfileForEditing(user), getTranslations("profile")]);
  if (!profile) notFound();
  const Form = forms[step];
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <WizardProgress current={step} reached={profile.onboardingStep} />
      <div className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{t(`steps.${step}.title`)}</h1>
        <p>{t(`steps.${step}.intro`)}</p>
        <p className="text-sm text-gray-700">{t("savesAsYouGo")}</p>
      </div>
      <Form profile={profile} />
    </div>
  );
}
