// The whole pool: every opening is ranked against all of these, as a consultant would search.
import type { Candidate } from "../../../../lib/matching";
import { PROFILES_AARHUS } from "./profiles-aarhus";
import { PROFILES_FYN } from "./profiles-fyn";
import { PROFILES_JYLLAND } from "./profiles-jylland";
import { PROFILES_SJAELLAND } from "./profiles-sjaelland";

export const EVAL_PROFILES: Candidate[] = [...PROFILES_SJAELLAND, ...PROFILES_FYN, ...PROFILES_AARHUS, ...PROFILES_JYLLAND];
