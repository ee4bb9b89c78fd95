import type { OpeningStatus } from "@/lib/db/types";
import { demoEmployerUser } from "./demo-people";
import type { EmployerSeed, OpeningSeed } from "./types";

type OpeningDraft = Omit<OpeningSeed, "id" | "status" | "remotePossible" | "positions" | "description" | "tasks" | "preferredSkills" | "schedule"> &
  Partial<Pick<OpeningSeed, "status" | "remotePossible" | "positions" | "description" | "tasks" | "preferredSkills" | "schedule">>;

type EmployerDraft = Omit<EmployerSeed, "id" | "members" | "openings"> & { memberName: string; memberEmail?: string; openings: OpeningDraft[] };

const mornings = ["mon", "tue", "wed", "thu", "fri"].map((d) => `${d}-morning`);

// Workplaces from the stories: nursing homes hiring a team, kindergartens with mini-fleksjob,
// a garden centre, pest control with a dog, video production, cleaning and a supermarket.
const employers: EmployerDraft[] = [
  {
    name: "OK-Fonden Plejehjem Gentofte", cvr: "21436587", industry: "pleje", postalCode: "2820", municipalityCode: "0157",
    consultantEmail: "konsulent@demo.refleks.dk", memberName: demoEmployerUser.name, memberEmail: demoEmployerUser.email,
    openings: [
      { title: "Hold af hjælpere til samvær og aktiviteter", requiredSkills: ["samvær"], preferredSkills: ["aktiviteter", "ældrepleje"], occupation: "aktivitetsmedarbejder", industry: "pleje", hoursMin: 4, hoursMax: 10, accommodations: ["no_heavy_lifting", "extra_breaks", "team_with_peers", "fixed_contact_person", "gradual_start"], postalCode: "2820", positions: 10, description: "Vi ansætter et hold på op til 10 i mini-fleksjob. I får en fast kontaktperson.", tasks: ["Læse avis med beboerne", "Gåture", "Hjælpe ved aktiviteter"] },
      { title: "Køkkenhjælper i plejehjemmets køkken", requiredSkills: ["køkkenhjælp"], preferredSkills: ["madlavning", "hygiejne"], occupation: "køkkenhjælper", industry: "pleje", hoursMin: 8, hoursMax: 15, accommodations: ["no_heavy_lifting", "extra_breaks", "fixed_schedule"], postalCode: "2820", schedule: mornings },
      { title: "Caféhjælper om eftermiddagen", requiredSkills: ["kundeservice"], hoursMin: 3, hoursMax: 6, accommodations: ["seated_work"], postalCode: "2820", status: "DRAFT" },
    ],
  },
  {
    name: "Børnehuset Solsikken", cvr: "31425364", industry: "daginstitution", postalCode: "5000", municipalityCode: "0461",
    consultantEmail: "aisha.demir@demo.refleks.dk", memberName: "Birgitte Nørgaard",
    openings: [
      { title: "Mini-fleksjob: legeplads og cykler", requiredSkills: ["pedelarbejde"], preferredSkills: ["maling", "cykelreparation"], occupation: "pedelmedhjælper", industry: "daginstitution", hoursMin: 2, hoursMax: 3, accommodations: ["short_work_days", "variable_daily_capacity", "flexible_start"], postalCode: "5000", positions: 5, tasks: ["Feje", "Male bænke", "Pumpe cykler", "Rense tagrender"] },
      { title: "Køkkenhjælper – mad til børn", requiredSkills: ["madlavning"], preferredSkills: ["børn"], occupation: "køkkenhjælper", industry: "daginstitution", hoursMin: 6, hoursMax: 10, accommodations: ["no_heavy_lifting", "extra_breaks"], postalCode: "5000", schedule: mornings },
    ],
  },
  {
    name: "Vuggestuen Mælkebøtten", cvr: "29384756", industry: "daginstitution", postalCode: "2900", municipalityCode: "0157",
    consultantEmail: "konsulent@demo.refleks.dk", memberName: "Rikke Dahl",
    openings: [
      { title: "Køkkenhjælper i vuggestue", requiredSkills: ["madlavning", "hygiejne"], preferredSkills: ["børn"], occupation: "køkkenhjælper", industry: "daginstitution", hoursMin: 8, hoursMax: 12, accommodations: ["no_heavy_lifting", "extra_breaks", "fixed_schedule"], postalCode: "2900", schedule: mornings },
      { title: "Pedelmedhjælper i få timer", requiredSkills: ["pedelarbejde"], hoursMin: 1, hoursMax: 3, accommodations: ["short_work_days"], postalCode: "2900" },
      // Mini-fleksjob as in Odense's kindergartens: too small alone for most, good together.
      { title: "Mini-fleksjob: frokost og oprydning", requiredSkills: ["køkkenhjælp"], preferredSkills: ["hygiejne"], occupation: "køkkenhjælper", industry: "daginstitution", hoursMin: 4, hoursMax: 4, accommodations: ["no_heavy_lifting", "extra_breaks", "short_work_days"], postalCode: "2900", schedule: ["mon-morning", "tue-morning"], description: "Et lille job på 4 timer om ugen, mandag og tirsdag formiddag. Kan kombineres med andre små job.", tasks: ["Dække bord", "Anrette frokost", "Tørre borde af"] },
      { title: "Mini-fleksjob: læse og lege med børnene", requiredSkills: ["børn"], occupation: "pædagogmedhjælper", industry: "daginstitution", hoursMin: 3, hoursMax: 4, accommodations: ["no_heavy_lifting", "extra_breaks"], postalCode: "2900", schedule: ["wed-morning"], description: "Læse højt og lege med de store vuggestuebørn onsdag formiddag.", tasks: ["Læse højt", "Lege på gulvet"] },
    ],
  },
  {
    name: "Gentofte Havecenter", cvr: "18273645", industry: "havecenter", postalCode: "2930", municipalityCode: "0157",
    consultantEmail: "peter.lund@demo.refleks.dk", memberName: "Thomas Bach",
    openings: [
      { title: "Medhjælper i planteafdelingen", requiredSkills: ["planter"], preferredSkills: ["havearbejde", "kundeservice"], occupation: "gartner", industry: "havecenter", hoursMin: 10, hoursMax: 20, accommodations: ["varied_movements", "no_bending_kneeling", "extra_breaks"], postalCode: "2930", schedule: [...mornings, "sat-morning"] },
      { title: "Varepåfylder i weekenden", requiredSkills: ["varepåfyldning"], hoursMin: 6, hoursMax: 8, accommodations: [], postalCode: "2930", schedule: ["sat-morning", "sun-morning"] },
    ],
  },
  {
    name: "Fyns Skadedyrsservice", cvr: "37281946", industry: "skadedyrsbekæmpelse", postalCode: "5220", municipalityCode: "0461",
    consultantEmail: "aisha.demir@demo.refleks.dk", memberName: "Henrik Als",
    openings: [
      { title: "Hundefører til rottesporing", requiredSkills: ["hundetræning"], preferredSkills: ["dyrepleje", "kørekort b"], occupation: "hundefører", industry: "skadedyrsbekæmpelse", hoursMin: 10, hoursMax: 16, accommodations: ["personal_assistance", "clear_structure", "limited_customer_contact"], postalCode: "5220" },
      { title: "Lagermedhjælper", requiredSkills: ["lager"], hoursMin: 10, hoursMax: 20, accommodations: [], postalCode: "5220" },
    ],
  },
  {
    name: "Billedfabrikken Video ApS", cvr: "40392817", industry: "videoproduktion", postalCode: "2900", municipalityCode: "0157",
    consultantEmail: "peter.lund@demo.refleks.dk", memberName: "Nina Falk",
    openings: [
      { title: "Klipper til små videoproduktioner", requiredSkills: ["videoredigering"], preferredSkills: ["lyd", "premiere pro"], occupation: "videoproducer", industry: "videoproduktion", hoursMin: 5, hoursMax: 12, accommodations: ["gradual_start", "flexible_start", "remote_work", "quiet_environment"], postalCode: "2900", remotePossible: true },
      { title: "Kameraassistent på optagelser", requiredSkills: ["kamera"], hoursMin: 8, hoursMax: 15, accommodations: ["flexible_start"], postalCode: "2900", status: "CLOSED" },
    ],
  },
  {
    name: "Renhold Odense ApS", cvr: "35472819", industry: "rengøring", postalCode: "5200", municipalityCode: "0461",
    consultantEmail: "aisha.demir@demo.refleks.dk", memberName: "Susanne Krogh",
    openings: [
      { title: "Morgenrengøring af kontorer", requiredSkills: ["rengøring"], preferredSkills: ["erhvervsrengøring"], occupation: "rengøringsassistent", industry: "rengøring", hoursMin: 4, hoursMax: 8, accommodations: ["no_evening_night", "no_allergens_chemicals", "fixed_schedule"], postalCode: "5200", schedule: mornings },
      { title: "Vinduespudser", requiredSkills: ["vinduespudsning"], hoursMin: 10, hoursMax: 20, accommodations: ["no_evening_night"], postalCode: "5200" },
    ],
  },
  {
    name: "Kvarterets Supermarked Hellerup", cvr: "26354718", industry: "detailhandel", postalCode: "2900", municipalityCode: "0157",
    consultantEmail: "peter.lund@demo.refleks.dk", memberName: "Anders Winther",
    openings: [
      { title: "Varepåfylder om formiddagen", requiredSkills: ["varepåfyldning"], preferredSkills: ["butik"], occupation: "butiksmedhjælper", industry: "detailhandel", hoursMin: 8, hoursMax: 12, accommodations: ["limited_customer_contact", "fixed_schedule", "no_evening_night"], postalCode: "2900", schedule: mornings },
      { title: "Travl kassemedarbejder", requiredSkills: ["kasse", "kundeservice"], occupation: "butiksmedhjælper", industry: "detailhandel", hoursMin: 25, hoursMax: 30, accommodations: [], postalCode: "2900" },
    ],
  },
  {
    name: "Gentofte Boligadministration", cvr: "33445566", industry: "offentlig administration", postalCode: "2820", municipalityCode: "0157",
    consultantEmail: "konsulent@demo.refleks.dk", memberName: "Karen Thygesen",
    openings: [
      { title: "Struktureret administration og journalisering", requiredSkills: ["administration", "journalisering"], preferredSkills: ["excel"], occupation: "administrativ medarbejder", industry: "offentlig administration", hoursMin: 10, hoursMax: 15, accommodations: ["quiet_environment", "low_tempo", "one_task_at_a_time", "written_instructions", "ergonomic_aids"], postalCode: "2820", schedule: mornings },
      { title: "Receptionist med telefonvagt", requiredSkills: ["kundeservice"], hoursMin: 20, hoursMax: 30, accommodations: ["seated_work"], postalCode: "2820" },
    ],
  },
  {
    name: "Odense Cykelværksted", cvr: "38475610", industry: "værksted", postalCode: "5000", municipalityCode: "0461",
    consultantEmail: "aisha.demir@demo.refleks.dk", memberName: "Jonas Ravn",
    openings: [
      { title: "Cykelmekaniker i roligt værksted", requiredSkills: ["cykelreparation"], occupation: "cykelmekaniker", industry: "værksted", hoursMin: 5, hoursMax: 10, accommodations: ["quiet_environment", "low_tempo", "onboarding_buddy"], postalCode: "5000" },
      { title: "Medhjælper til udlejning", requiredSkills: ["kundeservice"], hoursMin: 6, hoursMax: 10, accommodations: ["extra_breaks"], postalCode: "5000" },
    ],
  },
  {
    name: "Fyns Kontorservice", cvr: "39561728", industry: "kontorservice", postalCode: "5230", municipalityCode: "0461",
    consultantEmail: "aisha.demir@demo.refleks.dk", memberName: "Mette Storm",
    openings: [
      { title: "Scanning af dokumenter hjemmefra", requiredSkills: ["administration"], preferredSkills: ["excel"], occupation: "administrativ medarbejder", industry: "kontorservice", hoursMin: 2, hoursMax: 10, accommodations: ["remote_work", "flexible_start", "variable_daily_capacity", "written_instructions"], postalCode: "5230", remotePossible: true },
    ],
  },
];

export function storyEmployers(): EmployerSeed[] {
  return employers.map((draft, e) => ({
    id: `seed-employer-${e + 1}`,
    name: draft.name,
    cvr: draft.cvr,
    industry: draft.industry,
    postalCode: draft.postalCode,
    municipalityCode: draft.municipalityCode,
    consultantEmail: draft.consultantEmail,
    members: [
      {
        id: draft.memberEmail === demoEmployerUser.email ? demoEmployerUser.id : `seed-user-employer-${e + 1}`,
        email: draft.memberEmail ?? `kontakt${e + 1}@virksomhed.demo.refleks.dk`,
        name: draft.memberName,
        role: "EMPLOYER",
      },
    ],
    openings: draft.openings.map((o, i) => ({
      id: `seed-opening-${e + 1}-${i + 1}`,
      description: "",
      tasks: [],
      preferredSkills: [],
      schedule: [],
      remotePossible: false,
      positions: 1,
      status: "OPEN" as OpeningStatus,
      ...o,
    })),
  }));
}
