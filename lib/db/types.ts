// The domain's enums and row types, re-exported so that code outside lib/db never imports Prisma.
export {
  Role,
  Locale,
  CitizenStatus,
  RemotePreference,
  NeedLevel,
  OpeningStatus,
  MatchStatus,
} from "@/generated/prisma/enums";
