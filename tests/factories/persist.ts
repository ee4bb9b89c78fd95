import type { CitizenSeed, Db, EmployerSeed, UserSeed } from "./types";

// Writes factory data with upserts on stable ids, so running it twice gives the same state.
// Passwords are only set when a user is created.

export async function upsertMunicipality(db: Db, m: { code: string; name: string; region?: string }) {
  const data = { name: m.name, region: m.region ?? "" };
  return db.municipality.upsert({ where: { code: m.code }, create: { code: m.code, ...data }, update: data });
}

async function municipalityId(db: Db, code: string | undefined) {
  if (!code) return null;
  const m = await db.municipality.findUniqueOrThrow({ where: { code }, select: { id: true } });
  return m.id;
}

async function userIdByEmail(db: Db, email: string | undefined) {
  if (!email) return null;
  return (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
}

export async function upsertUser(db: Db, u: UserSeed, passwordHash: string | null) {
  const data = { email: u.email, name: u.name, phone: u.phone ?? null, role: u.role, municipalityId: await municipalityId(db, u.municipalityCode) };
  return db.user.upsert({ where: { id: u.id }, create: { id: u.id, ...data, passwordHash }, update: data });
}

export async function upsertCitizen(db: Db, c: CitizenSeed, passwordHash: string | null) {
  await upsertUser(db, c.user, passwordHash);
  const children = {
    experience: { create: c.experience.map((e, sortOrder) => ({ ...e, sortOrder })) },
    education: { create: c.education.map((e, sortOrder) => ({ ...e, sortOrder })) },
    needs: { create: c.needs.map((n) => ({ code: n.code, level: n.level, note: n.note ?? null })) },
  };
  const data = {
    municipalityId: (await municipalityId(db, c.municipalityCode))!,
    consultantId: await userIdByEmail(db, c.consultantEmail),
    alias: c.alias,
    headline: c.headline,
    summary: c.summary,
    skills: c.skills,
    wishOccupations: c.wishOccupations,
    wishIndustries: c.wishIndustries,
    openToNewField: c.openToNewField,
    hoursMin: c.hoursMin,
    hoursMax: c.hoursMax,
    availability: c.availability,
    postalCode: c.postalCode,
    maxCommuteKm: c.maxCommuteKm ?? null,
    remotePreference: c.remotePreference,
    status: c.status,
    flexGrantedAt: c.flexGrantedAt ?? null,
    flexReviewDueAt: c.flexReviewDueAt ?? null,
    flexPermanent: c.flexPermanent,
    visibleToEmployers: c.visibleToEmployers,
  };
  return db.citizenProfile.upsert({
    where: { id: c.id },
    create: { id: c.id, userId: c.user.id, ...data, ...children },
    update: {
      ...data,
      experience: { deleteMany: {}, ...children.experience },
      education: { deleteMany: {}, ...children.education },
      needs: { deleteMany: {}, ...children.needs },
    },
  });
}

export async function upsertEmployer(db: Db, e: EmployerSeed, passwordHash: string | null) {
  const data = {
    name: e.name,
    cvr: e.cvr,
    industry: e.industry,
    postalCode: e.postalCode,
    address: e.address ?? "",
    // The first member is the company's contact person in the demo.
    contactName: e.members[0]?.name ?? "",
    contactEmail: e.members[0]?.email ?? "",
    municipalityId: (await municipalityId(db, e.municipalityCode))!,
    consultantId: await userIdByEmail(db, e.consultantEmail),
  };
  await db.employer.upsert({ where: { id: e.id }, create: { id: e.id, ...data }, update: data });
  for (const member of e.members) {
    await upsertUser(db, member, passwordHash);
    await db.employerMember.upsert({
      where: { employerId_userId: { employerId: e.id, userId: member.id } },
      create: { employerId: e.id, userId: member.id },
      update: {},
    });
  }
  for (const { id, ...opening } of e.openings) {
    const fields = { ...opening, occupation: opening.occupation ?? null, industry: opening.industry ?? null, employerId: e.id };
    await db.jobOpening.upsert({ where: { id }, create: { id, ...fields }, update: fields });
  }
}
