// Citizens in Copenhagen's northern suburbs, Copenhagen and around Roskilde, written the way
// they fill in their own profile: short CV phrases, some English, their own job words.
import type { Candidate } from "../../../../lib/matching";
import { must, prefer, slots, weekdays } from "./build";

export const PROFILES_SJAELLAND: Candidate[] = [
  // Stairwell cleaning in her own words.
  { id: "mette", postalCode: "2900", maxCommuteKm: 10, weeklyHours: { min: 8, max: 10 }, availability: weekdays("morning"),
    skills: ["trappevask", "rengøring i opgange", "gulvpleje"],
    wishes: { occupations: ["rengøring"] }, needs: [prefer("extra_breaks")] },
  { id: "hanne", postalCode: "2860", maxCommuteKm: 8, weeklyHours: { min: 6, max: 10 }, availability: weekdays("morning"),
    skills: ["rengøringsassistent", "erhvervsrengøring", "cleaning"],
    wishes: { occupations: ["rengøringsassistent"], industries: ["ejendomsservice"] },
    needs: [must("no_heavy_lifting"), prefer("flexible_start")] },
  // Window cleaner: related to cleaning, and window cleaning is the job's preferred skill.
  { id: "jamila", postalCode: "2100", maxCommuteKm: 12, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["vinduespudser", "vinduesvask i private hjem"],
    wishes: { occupations: ["vinduespudser", "rengøring"], openToNewField: true }, needs: [] },
  // Home help: practical help in people's homes, a neighbouring trade to cleaning.
  { id: "ole", postalCode: "2920", maxCommuteKm: 10, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["hjemmehjælper", "personlig pleje", "praktisk hjælp"],
    wishes: { openToNewField: true }, needs: [prefer("fixed_contact_person")] },
  { id: "kasper", postalCode: "2800", maxCommuteKm: 15, weeklyHours: { min: 10, max: 15 },
    skills: ["grafisk design", "InDesign og Photoshop", "logoer"],
    wishes: { occupations: ["grafiker"], industries: ["reklame"] }, needs: [must("quiet_environment")] },
  // Journalist living in Gentofte; nothing to do with cleaning or IT.
  { id: "sofie", postalCode: "2820", maxCommuteKm: 8, weeklyHours: { min: 8, max: 12 },
    skills: ["journalist", "korrekturlæsning", "skrive pressemeddelelser"],
    wishes: { occupations: ["kommunikationsmedarbejder"], openToNewField: false }, needs: [] },
  // Perfect cleaner who can only work 2–4 hours.
  { id: "birthe", postalCode: "2820", maxCommuteKm: 5, weeklyHours: { min: 2, max: 4 }, availability: weekdays("morning"),
    skills: ["rengøringsassistent", "trapperengøring"],
    wishes: { occupations: ["rengøring"] }, needs: [must("short_work_days")] },
  // Cleaner who cannot be near cleaning chemicals (eczema).
  { id: "lone", postalCode: "2900", maxCommuteKm: 10, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["rengøring af trapper", "kontorrengøring", "gulvvask"],
    needs: [must("no_allergens_chemicals")] },
  // Evening office cleaner: only free in the evenings.
  { id: "torben", postalCode: "2830", maxCommuteKm: 15, weeklyHours: { min: 8, max: 12 }, availability: weekdays("evening"),
    skills: ["aftenrengøring på kontorer", "trappevask", "rengøringsassistent"], needs: [] },
  // Cleaner in Roskilde, too far from Gentofte.
  { id: "gitte", postalCode: "4000", maxCommuteKm: 15, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["rengøring i private hjem", "trappevask", "gulvvask"],
    wishes: { occupations: ["rengøringsassistent"] }, needs: [] },
  { id: "mads", postalCode: "2800", maxCommuteKm: 10, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["IT-supporter", "helpdesk", "opsætning af pc'er og printere"],
    wishes: { occupations: ["IT-supporter"], industries: ["uddannelse"] },
    needs: [must("quiet_environment"), prefer("low_tempo")] },
  { id: "frederik", postalCode: "2730", maxCommuteKm: 20, weeklyHours: { min: 10, max: 14 }, availability: weekdays("morning", "afternoon"),
    skills: ["1st level support", "Windows 10 og 11", "brugeradministration i Active Directory"],
    wishes: { occupations: ["IT support"], industries: ["IT"] }, needs: [prefer("ergonomic_aids")] },
  // Repairs phones: hardware, close to but not IT support.
  { id: "nikolaj", postalCode: "2830", maxCommuteKm: 10, weeklyHours: { min: 10, max: 12 }, availability: weekdays("morning"),
    skills: ["reparation af mobiltelefoner", "skift af skærme på iPhones", "elektronik"],
    wishes: { openToNewField: true }, needs: [must("seated_work")] },
  // IT supporter who can work 25–30 hours, not 10–15.
  { id: "rasmus", postalCode: "2800", maxCommuteKm: 10, weeklyHours: { min: 25, max: 30 }, availability: weekdays("morning"),
    skills: ["IT-support", "netværk", "opsætning af computere"], needs: [] },
  // Service desk worker who must work from home.
  { id: "line", postalCode: "2900", maxCommuteKm: 15, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning", "afternoon"),
    skills: ["servicedesk", "support af brugere", "Office 365"],
    wishes: { occupations: ["IT-supporter"] }, needs: [must("remote_work")] },
  // Bookkeeper who must have quiet surroundings: the remote rule should let her in.
  { id: "charlotte", postalCode: "2400", maxCommuteKm: 10, weeklyHours: { min: 6, max: 10 },
    skills: ["regnskabsassistent", "bilagshåndtering", "Dinero"],
    wishes: { occupations: ["bogholder"], industries: ["regnskab"] },
    needs: [must("quiet_environment"), must("low_noise"), prefer("flexible_start")] },
  // Bookkeeper who wants 20–25 hours.
  { id: "kaj", postalCode: "2100", maxCommuteKm: 10, weeklyHours: { min: 20, max: 25 },
    skills: ["bogholder", "bogføring", "momsafregning"], needs: [] },
  // Phone customer service background, but now must be spared phone duty (stress).
  { id: "pernille", postalCode: "2300", maxCommuteKm: 10, weeklyHours: { min: 10, max: 15 }, availability: weekdays("afternoon"),
    skills: ["kundeservicemedarbejder", "telefonsupport i forsikring", "besvare mails"],
    needs: [must("no_phone_duty")] },
  // Call-centre worker, only free in the mornings.
  { id: "rene", postalCode: "2200", maxCommuteKm: 10, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["callcenter", "telefonkundeservice", "salg over telefon"], needs: [] },
  // Customer service worker who wants 25–30 hours.
  { id: "ditte", postalCode: "2500", maxCommuteKm: 10, weeklyHours: { min: 25, max: 30 }, availability: weekdays("afternoon"),
    skills: ["kundeservice", "chat og telefon", "reklamationer"], needs: [] },
  { id: "birgit", postalCode: "4000", maxCommuteKm: 10, weeklyHours: { min: 6, max: 8 }, availability: slots(["mon", "tue", "wed", "thu"], "afternoon"),
    skills: ["besøgsven for ældre", "banko og fællessang", "hygge og samtale"],
    wishes: { occupations: ["plejehjem"] }, needs: [prefer("low_tempo")] },
  { id: "inge", postalCode: "4130", maxCommuteKm: 20, weeklyHours: { min: 8, max: 10 }, availability: weekdays("afternoon"),
    skills: ["aktivitetsmedarbejder", "kreative værksteder for pensionister", "seniorgymnastik"],
    wishes: { occupations: ["aktivitetsmedarbejder"] }, needs: [prefer("fixed_contact_person")] },
  // Social and health care assistant: elderly care, not activities.
  { id: "helle", postalCode: "4040", maxCommuteKm: 15, weeklyHours: { min: 6, max: 10 }, availability: weekdays("afternoon"),
    skills: ["SOSU-assistent", "ældrepleje", "medicinhåndtering"],
    wishes: { industries: ["ældrepleje"] }, needs: [must("no_heavy_lifting")] },
  // Pedagogue: plans activities, but for children.
  { id: "rikke", postalCode: "4000", maxCommuteKm: 10, weeklyHours: { min: 8, max: 12 },
    availability: [...weekdays("morning"), ...slots(["tue", "wed"], "afternoon")],
    skills: ["pædagog", "kreative aktiviteter med børn", "musik og sang"],
    wishes: { openToNewField: true }, needs: [must("fixed_contact_person")] },
  { id: "kurt", postalCode: "4000", maxCommuteKm: 15, weeklyHours: { min: 6, max: 10 }, availability: weekdays("afternoon"),
    skills: ["lastbilchauffør", "kranfører", "CE-kørekort"],
    wishes: { occupations: ["chauffør"] }, needs: [prefer("no_heavy_lifting")] },
  // Visiting friend who can manage 1–3 hours a week.
  { id: "vibeke", postalCode: "4000", maxCommuteKm: 10, weeklyHours: { min: 1, max: 3 }, availability: slots(["mon", "wed"], "afternoon"),
    skills: ["besøgsven", "samvær med ældre"], needs: [prefer("extra_breaks")] },
  // Activities for the elderly, but only free in the mornings.
  { id: "else", postalCode: "4000", maxCommuteKm: 10, weeklyHours: { min: 6, max: 10 }, availability: weekdays("morning"),
    skills: ["aktiviteter på plejehjem", "højtlæsning for ældre", "frivillig i Ældre Sagen"], needs: [] },
  // Activity assistant who must work seated.
  { id: "karen", postalCode: "4000", maxCommuteKm: 10, weeklyHours: { min: 6, max: 10 }, availability: slots(["mon", "tue", "wed", "thu"], "afternoon"),
    skills: ["aktivitetsassistent", "ældreaktiviteter", "gåture med beboere"], needs: [must("seated_work")] },
];
