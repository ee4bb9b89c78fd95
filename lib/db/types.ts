// The domain's enums and row types, re-exported so that code outside lib/db never imports Prisma.
export {
  Role,
  Locale,
  CitizenStatus,
  RemotePreference,
  NeedLevel,
  OpeningStatus,
  MatchStatus,
  MatchOrigin,
  Audience,
  NotificationType,
  EmailFrequency,
  JobAgentFrequency,
} from "@/generated/prisma/enums";
export type { Prisma } from "@/generated/prisma/client";
