import { hoursArgs } from "@/lib/i18n/format";
import { absoluteUrl, closingLines, mailTranslator, sendUnsubscribableMail } from "./mail-text";

// The job agent's e-mail: the new open jobs that fit the citizen, best first, with what a job
// advert shows anyone (title, company, hours) and a link to each.

export type AgentJob = { id: string; title: string; employerName: string; hoursMin: number; hoursMax: number };
export type AgentRecipient = { id: string; email: string; locale: string };

export function renderJobAgentEmail(jobs: AgentJob[], to: AgentRecipient, base: string | undefined): { subject: string; text: string } {
  const t = mailTranslator(to.locale);
  const lines = [t("agent.intro", { count: jobs.length }), ""];
  for (const job of jobs) {
    lines.push(`• ${t("agent.job", { title: job.title, employer: job.employerName, ...hoursArgs(job.hoursMin, job.hoursMax, to.locale) })}`);
    lines.push(`  ${t("agent.link", { url: absoluteUrl(`/citizen/jobs/${encodeURIComponent(job.id)}`, base) })}`);
  }
  lines.push("", t("agent.all", { url: absoluteUrl("/citizen/jobs", base) }), "", "—", ...closingLines({ ...to, role: "CITIZEN" }, "JOB_AGENT", base));
  return { subject: t("agent.subject", { count: jobs.length }), text: lines.join("\n") };
}

/** Sends one job-agent mail; throws on SMTP failure, false when e-mail is off. */
export function sendJobAgentEmail(jobs: AgentJob[], to: AgentRecipient): Promise<boolean> {
  return sendUnsubscribableMail(to, "JOB_AGENT", (base) => renderJobAgentEmail(jobs, to, base));
}
