import { prisma } from "./client";
import { rankJobsForCitizen } from "./citizen-jobs";
import { logger } from "@/lib/runtime/logger";
import { sendJobAgentEmail, type AgentJob } from "@/lib/mail/job-agent-email";
import { notificationEmailEnabled } from "@/lib/mail/notification-email";
import { jobAgentPeriodMs } from "@/lib/mail/preferences";

// The citizen's job agent (the job-agent job, hourly): for each agent that is due, the engine's
// ranking of the open jobs she fits (the same as "Job til mig" with "only jobs I fit"), of which
// the jobs published since her last agent mail, best first. Bounded per citizen: one ranking, the
// best RANKED_LOOKED_AT fits, at most JOBS_LISTED in the mail. Nothing new, no mail.

const RANKED_LOOKED_AT = 50;
const JOBS_LISTED = 10;
const AGENTS_PER_BATCH = 100;
/** Due a little early, so an hourly job keeps the same hour of the day instead of drifting later. */
const SLACK_MS = 30 * 60_000;

type DueAgent = { userId: string; frequency: "DAILY" | "WEEKLY"; nextRunAt: Date; lastSentAt: Date | null; user: { id: string; email: string; locale: string } };

/**
 * Sends the due job-agent mails. Returns how many were sent. An agent is claimed (its next run
 * moved on) before its ranking, so two workers never mail the same citizen; a failed send puts
 * its time back and the job throws after the batch, so pg-boss retries it.
 */
export async function sendJobAgentMails(now: Date = new Date()): Promise<number> {
  if (!notificationEmailEnabled()) return 0;
  let sent = 0;
  for (;;) {
    const due = (await prisma.jobAgent.findMany({
      where: { frequency: { in: ["DAILY", "WEEKLY"] }, nextRunAt: { lte: now } },
      select: { userId: true, frequency: true, nextRunAt: true, lastSentAt: true, user: { select: { id: true, email: true, locale: true } } },
      orderBy: { nextRunAt: "asc" },
      take: AGENTS_PER_BATCH,
    })) as DueAgent[];
    let failed = 0;
    for (const agent of due) {
      const result = await runAgent(agent, now);
      if (result === "sent") sent++;
      if (result === "failed") failed++;
    }
    if (failed > 0) throw new Error(`job agent mail not sent to ${failed} of ${due.length} citizens`);
    if (due.length < AGENTS_PER_BATCH) return sent;
  }
}

async function runAgent(agent: DueAgent, now: Date): Promise<"sent" | "none" | "failed" | "taken"> {
  const period = jobAgentPeriodMs(agent.frequency)!;
  const { count } = await prisma.jobAgent.updateMany({
    where: { userId: agent.userId, nextRunAt: agent.nextRunAt, frequency: agent.frequency },
    data: { nextRunAt: new Date(now.getTime() + period - SLACK_MS) },
  });
  if (count === 0) return "taken";
  const since = agent.lastSentAt ?? new Date(now.getTime() - period);
  const jobs = await newFittingJobs(agent.userId, since);
  if (jobs.length === 0) return "none";
  try {
    await sendJobAgentEmail(jobs, agent.user);
    await prisma.jobAgent.update({ where: { userId: agent.userId }, data: { lastSentAt: now } });
    return "sent";
  } catch (err) {
    const e = err as { code?: string; responseCode?: number };
    logger.warn({ userId: agent.userId, code: e.code, responseCode: e.responseCode }, "job agent mail not sent");
    await prisma.jobAgent.update({ where: { userId: agent.userId }, data: { nextRunAt: agent.nextRunAt } });
    return "failed";
  }
}

/** The best fitting open jobs published after `since` that she has no match with yet. */
async function newFittingJobs(userId: string, since: Date): Promise<AgentJob[]> {
  const ranked = await rankJobsForCitizen({ id: userId, role: "CITIZEN" }, { filters: { onlyFit: true }, pageSize: RANKED_LOOKED_AT });
  return (ranked?.items ?? [])
    .filter(({ job }) => job.publishedAt !== null && job.publishedAt > since && job.match === null)
    .slice(0, JOBS_LISTED)
    .map(({ job }) => ({ id: job.id, title: job.title, employerName: job.employer.name, hoursMin: job.hoursMin, hoursMax: job.hoursMax }));
}
