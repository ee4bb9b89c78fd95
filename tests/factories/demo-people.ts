import { demoAccounts } from "@/lib/auth/demo-accounts";
import type { UserSeed } from "./types";

// The two municipalities of the demo: Gentofte (Refleks' home) and Odense (mini-fleksjob in kindergartens).
export const municipalities = [
  { code: "0157", name: "Gentofte Kommune", region: "Region Hovedstaden", postalCodes: ["2820", "2900", "2920", "2930"] },
  { code: "0461", name: "Odense Kommune", region: "Region Syddanmark", postalCodes: ["5000", "5200", "5210", "5220", "5230", "5250"] },
] as const;

const demo = (role: "CITIZEN" | "EMPLOYER" | "CONSULTANT") => demoAccounts.find((a) => a.role === role)!;

export const consultants: UserSeed[] = [
  { id: "seed-consultant-1", email: demo("CONSULTANT").email, name: demo("CONSULTANT").name, role: "CONSULTANT", municipalityCode: "0157" },
  { id: "seed-consultant-2", email: "peter.lund@demo.refleks.dk", name: "Peter Lund", role: "CONSULTANT", municipalityCode: "0157" },
  { id: "seed-consultant-3", email: "aisha.demir@demo.refleks.dk", name: "Aisha Demir", role: "CONSULTANT", municipalityCode: "0461" },
];

export const demoCitizenUser: UserSeed = {
  id: "seed-user-citizen-demo",
  email: demo("CITIZEN").email,
  name: demo("CITIZEN").name,
  phone: "+45 20 11 22 33",
  role: "CITIZEN",
};

export const demoEmployerUser: UserSeed = {
  id: "seed-user-employer-demo",
  email: demo("EMPLOYER").email,
  name: demo("EMPLOYER").name,
  role: "EMPLOYER",
};
