// Citizens in and around Odense (and one in Assens), in their own words.
import type { Candidate } from "../../../../lib/matching";
import { must, prefer, slots, weekdays } from "./build";

/** Thursday and Friday afternoons and Saturday morning: the supermarket's busy hours. */
const SHOP_HOURS = [...slots(["thu", "fri"], "afternoon"), "sat-morning"];

export const PROFILES_FYN: Candidate[] = [
  { id: "brian", postalCode: "5210", maxCommuteKm: 20, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["lagerarbejde på Coop-lager", "ordreplukning", "modtagelse af varer"],
    wishes: { occupations: ["lager"] }, needs: [must("no_heavy_lifting")] },
  { id: "thomas", postalCode: "5250", maxCommuteKm: 20, weeklyHours: { min: 12, max: 15 }, availability: weekdays("morning", "afternoon"),
    skills: ["warehouse worker", "pakkeri", "håndscanner"],
    wishes: { occupations: ["lagermedarbejder"], industries: ["logistik"] }, needs: [] },
  // Postman: sorting and handling parcels, a neighbour of warehouse work.
  { id: "ida", postalCode: "5270", maxCommuteKm: 20, weeklyHours: { min: 10, max: 12 }, availability: weekdays("morning"),
    skills: ["postbud", "sortering af breve og pakker", "omdeling"],
    wishes: { openToNewField: true }, needs: [prefer("clear_structure")] },
  // Supermarket all-rounder: till, shelves and customers.
  { id: "martin", postalCode: "5000", maxCommuteKm: 12, weeklyHours: { min: 8, max: 10 },
    availability: [...SHOP_HOURS, "mon-morning", "tue-morning"],
    skills: ["kasseassistent", "varepåfyldning i Netto", "kundebetjening"],
    wishes: { occupations: ["butik"], industries: ["detailhandel"] }, needs: [] },
  { id: "camilla", postalCode: "5230", maxCommuteKm: 10, weeklyHours: { min: 5, max: 10 }, availability: SHOP_HOURS,
    skills: ["frisør", "hårfarvning", "bookning af kunder"],
    wishes: { occupations: ["frisør"] }, needs: [prefer("seated_work")] },
  // Warehouse man who wants full time.
  { id: "jesper", postalCode: "5220", maxCommuteKm: 10, weeklyHours: { min: 30, max: 37 }, availability: weekdays("morning"),
    skills: ["lagermand", "truckcertifikat", "varemodtagelse"], needs: [] },
  // Warehouse worker who must not bend or kneel (back).
  { id: "kim", postalCode: "5200", maxCommuteKm: 15, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["lagerarbejder", "pluk og pak", "varemodtagelse hos DSV"], needs: [must("no_bending_kneeling")] },
  // Warehouse assistant in Svendborg, about 38 km away.
  { id: "per", postalCode: "5700", maxCommuteKm: 20, weeklyHours: { min: 10, max: 15 }, availability: weekdays("morning"),
    skills: ["lagerassistent", "ordreplukning", "pakning"], needs: [] },
  // Warehouse worker free only at weekends.
  { id: "lars", postalCode: "5220", maxCommuteKm: 10, weeklyHours: { min: 10, max: 15 }, availability: slots(["sat", "sun"], "morning"),
    skills: ["lagerarbejde", "modtagelse af gods", "pakning af pakker"], needs: [] },
  { id: "nadia", postalCode: "5200", maxCommuteKm: 10, weeklyHours: { min: 6, max: 10 }, availability: SHOP_HOURS,
    skills: ["kassedame i Netto", "butiksarbejde", "åbne og lukke kassen"],
    wishes: { occupations: ["kassedame"] }, needs: [must("seated_work")] },
  { id: "sanne", postalCode: "5260", maxCommuteKm: 10, weeklyHours: { min: 5, max: 8 }, availability: ["fri-afternoon", "sat-morning"],
    skills: ["ekspedient", "salg i tøjbutik", "kundebetjening"],
    wishes: { industries: ["butik"] }, needs: [prefer("extra_breaks")] },
  // Hotel receptionist: customers and phones, not a till.
  { id: "louise", postalCode: "5000", maxCommuteKm: 12, weeklyHours: { min: 8, max: 12 },
    availability: [...weekdays("afternoon"), "sat-morning"],
    skills: ["receptionist", "check-in af hotelgæster", "telefonpasning"],
    wishes: { occupations: ["receptionist"], openToNewField: true }, needs: [] },
  // Till worker who cannot work weekends.
  { id: "nanna", postalCode: "5000", maxCommuteKm: 10, weeklyHours: { min: 5, max: 10 }, availability: SHOP_HOURS,
    skills: ["kasseassistent", "kundeservice i Føtex", "varepåfyldning"], needs: [must("no_weekend")] },
  // Till worker free only on weekday mornings.
  { id: "jytte", postalCode: "5000", maxCommuteKm: 10, weeklyHours: { min: 5, max: 10 }, availability: weekdays("morning"),
    skills: ["kassemedarbejder", "ekspedition af kunder", "Dankort-terminal"], needs: [] },
  // Office assistant who invoices: half of the bookkeeping job.
  { id: "jonna", postalCode: "5000", maxCommuteKm: 12, weeklyHours: { min: 8, max: 12 }, availability: weekdays("morning"),
    skills: ["kontorassistent", "fakturering i Navision", "post og arkiv"],
    wishes: { occupations: ["kontor"] }, needs: [] },
  // Administrator in Assens after a brain clot: quiet surroundings and low tempo.
  { id: "lis", postalCode: "5610", maxCommuteKm: 15, weeklyHours: { min: 10, max: 15 },
    skills: ["administration", "arkivering", "Excel"],
    wishes: { occupations: ["kontorassistent"] },
    needs: [must("quiet_environment"), must("low_tempo"), prefer("extra_breaks")] },
];
