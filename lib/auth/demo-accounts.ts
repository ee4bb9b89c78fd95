// Demo logins created by the seed and shown on the sign-in page in demo mode (DEMO_MODE=1).
export const demoPassword = "fleksjob-demo";

export const demoAccounts = [
  { role: "CITIZEN", email: "borger@demo.refleks.dk", name: "Mette Hansen" },
  { role: "EMPLOYER", email: "arbejdsgiver@demo.refleks.dk", name: "Lars Holm" },
  { role: "CONSULTANT", email: "konsulent@demo.refleks.dk", name: "Sofie Kjær" },
] as const;

/** The demo seed's open invitation (Nina Berg, Gentofte): /invite/<token> starts onboarding. */
export const DEMO_INVITATION_TOKEN = "demo-invitation-token-gentofte";
