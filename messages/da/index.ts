// One file per namespace, so features can own their texts. Keep da/ and en/ in step (unit-tested).
import app from "./app.json";
import shell from "./shell.json";
import landing from "./landing.json";
import signIn from "./signIn.json";
import accessibility from "./accessibility.json";
import errors from "./errors.json";
import citizen from "./citizen.json";
import employer from "./employer.json";
import consultant from "./consultant.json";
import onboarding from "./onboarding.json";
import profile from "./profile.json";
import jobs from "./jobs.json";
import matches from "./matches.json";
import events from "./events.json";
import articles from "./articles.json";
import notifications from "./notifications.json";
import myData from "./myData.json";
import candidateCard from "./candidateCard.json";
import employerCompany from "./employerCompany.json";
import openings from "./openings.json";
import candidates from "./candidates.json";
import employerMatches from "./employerMatches.json";
import consultantQueue from "./consultantQueue.json";
import caseload from "./caseload.json";
import consultantInvitations from "./consultantInvitations.json";
import pipeline from "./pipeline.json";
import consultantCompanies from "./consultantCompanies.json";
import consultantContent from "./consultantContent.json";
import results from "./results.json";
import bundles from "./bundles.json";
import consultantTools from "./consultantTools.json";
import dialog from "./dialog.json";
import emailSettings from "./emailSettings.json";

const messages = {
  app,
  shell,
  landing,
  signIn,
  accessibility,
  errors,
  citizen,
  employer,
  consultant,
  onboarding,
  profile,
  jobs,
  matches,
  events,
  articles,
  notifications,
  myData,
  candidateCard,
  employerCompany,
  openings,
  candidates,
  employerMatches,
  consultantQueue,
  caseload,
  consultantInvitations,
  pipeline,
  consultantCompanies,
  consultantContent,
  results,
  bundles,
  consultantTools,
  dialog,
  emailSettings,
};

export default messages;
