import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { STEPS } from "../../app/(citizen)/citizen/profile/steps";
import { DEMO_INVITATION_TOKEN } from "../../lib/auth/demo-accounts";
import { candidateRef } from "../../lib/privacy/pseudonyms";
import { serverEnv } from "./server-env";
import { signIn } from "./helpers";
import { IDENTITIES, leaks, loadIdentities, loadIds, secretsFor, type Identity, type IdentityName, type Role, type Secret } from "./route-matrix-data";
import { messageNamespaces, rawTokens, schemaEnumValues, textOfHtml } from "./raw-text";
import { discoverRoutes, dynamicSegments, fill, type AppRoute } from "./routes";

// The route × role matrix (security issue): every page and route handler under app/, found at
// test time, requested by six identities: the expected status, no other tenant's data in the
// body, and (issue 16) no raw message key or code in any page's text. Statuses follow from the path's area (below); only EXCEPTIONS are listed by hand. Dynamic
// segments are filled from FIXTURES, looked up in the seeded database: each value says for whom
// it is their own (200); for the same role's other identities it is another tenant's (404).
// Read-only: GET requests only (page views do write audit rows), so it runs beside the other
// projects on the same database. Data they change meanwhile is re-read before a leak is reported.

// Candidate references are derived from the server's secret, as the app derives them.
process.env.AUTH_SECRET = serverEnv.AUTH_SECRET;

const EVERYONE: readonly IdentityName[] = IDENTITIES;
const HOME: Record<Role, string> = { CITIZEN: "/citizen", EMPLOYER: "/employer", CONSULTANT: "/consultant" };
/** The role areas, by the URL's first segment; anything else is public. Deliberately not read from lib/auth. */
const AREAS: Record<string, Role> = { citizen: "CITIZEN", employer: "EMPLOYER", consultant: "CONSULTANT" };

type Expected = { status: 200 | 403 | 404 } | { redirect: string };

/** Public pages that answer some identities with a redirect of their own. */
const EXCEPTIONS: Record<string, (who: Identity) => Expected | undefined> = {
  // Signing in again makes no sense: a signed-in user is sent to their role's home.
  "/sign-in": (who) => (who.role ? { redirect: HOME[who.role] } : undefined),
  // An invitation is for someone without an account: a signed-in user is sent home.
  "/invite/[token]": (who) => (who.role ? { redirect: HOME[who.role] } : undefined),
  // Where sign-in lands: each role's home; an anonymous visitor signs in first.
  "/start": (who) => ({ redirect: who.role ? HOME[who.role] : "/sign-in" }),
  // An e-mail's List-Unsubscribe address: opened (GET), it shows the confirm page; only POST stops mail.
  "/api/unsubscribe": () => ({ redirect: "/unsubscribe" }),
};

type Fixture = { value: string; for: readonly IdentityName[] };

/** Ids from the seeded database (loadIds). */
type Ids = Awaited<ReturnType<typeof loadIds>>;

const own = (value: string | undefined, ...who: IdentityName[]): Fixture[] => (value ? [{ value, for: who }] : []);
const nobodys = (value: string | undefined): Fixture[] => own(value);

/**
 * Values for each dynamic segment, keyed by the path up to it: "/employer/openings/[id]" also
 * fills ".../[id]/edit" and ".../[id]/candidates". A page with a new dynamic segment fails the
 * first test until it gets a line here.
 */
const FIXTURES: Record<string, (ids: Ids) => Fixture[]> = {
  "/citizen/articles/[id]": (i) => [...own(i.article.mine, "citizen"), ...nobodys(i.article.otherMunicipality)],
  // The companies' article is for both Gentofte companies; the citizens' one and another municipality's for neither.
  "/employer/articles/[id]": (i) => [...own(i.article.employer, "employer", "otherEmployer"), ...nobodys(i.article.mine), ...nobodys(i.article.otherMunicipality)],
  // Any open job; a draft, and a closed job she has no match with, are not hers to see.
  "/citizen/jobs/[id]": (i) => [...own(i.opening.employer, "citizen"), ...nobodys(i.opening.draft), ...nobodys(i.opening.closed)],
  "/citizen/profile/[step]": () => [...STEPS.map((step) => ({ value: step, for: ["citizen"] as const })), { value: "no-such-step", for: [] }],
  "/employer/openings/[id]": (i) => [...own(i.opening.employer, "employer"), ...own(i.opening.draft, "employer"), ...own(i.opening.otherEmployer, "otherEmployer")],
  // Only the other company has matches that stay put while the other projects run.
  "/employer/matches/[matchId]": (i) => own(i.match.otherEmployer, "otherEmployer"),
  // A visible candidate is every employer's to see, each company through its own reference
  // (lib/privacy/pseudonyms.ts): another company's reference, or the bare profile id, opens
  // nothing; a hidden candidate is nobody's.
  "/employer/candidates/[profileId]": (i) => [
    ...own(i.candidate.visible && candidateRef(i.candidate.company.employer, i.candidate.visible), "employer"),
    ...own(i.candidate.visible && candidateRef(i.candidate.company.otherEmployer, i.candidate.visible), "otherEmployer"),
    ...nobodys(i.candidate.visible),
    ...nobodys(i.candidate.hidden && candidateRef(i.candidate.company.employer, i.candidate.hidden)),
  ],
  "/consultant/citizens/[id]": (i) => [...own(i.citizen.consultant, "consultant"), ...own(i.citizen.otherConsultant, "otherConsultant")],
  // Every company: each one's page lists its matches, and a company may be in contact with citizens elsewhere.
  "/consultant/companies/[id]": (i) => [...i.company.consultant.flatMap((id) => own(id, "consultant")), ...i.company.otherConsultant.flatMap((id) => own(id, "otherConsultant"))],
  "/consultant/events/[id]": (i) => [...own(i.event.consultant, "consultant"), ...own(i.event.otherConsultant, "otherConsultant")],
  "/consultant/articles/[id]": (i) => [...own(i.article.consultant, "consultant"), ...own(i.article.otherConsultant, "otherConsultant")],
  "/consultant/pipeline/[matchId]": (i) => [...own(i.match.consultant, "consultant"), ...own(i.match.otherConsultant, "otherConsultant")],
  "/consultant/queue/[matchId]": (i) => [...own(i.match.queue.consultant, "consultant"), ...own(i.match.queue.otherConsultant, "otherConsultant")],
  "/invite/[token]": () => [{ value: DEMO_INVITATION_TOKEN, for: EVERYONE }],
  // Auth.js's GET endpoints (sign-in and sign-out pages aside): public JSON.
  "/api/auth/[...nextauth]": () => ["session", "providers", "csrf"].map((value) => ({ value, for: EVERYONE })),
};

function expected(route: AppRoute, who: Identity, fixtures: Fixture[]): Expected {
  const exception = EXCEPTIONS[route.pattern]?.(who);
  if (exception) return exception;
  const area = AREAS[route.pattern.split("/")[1] ?? ""];
  if (area) {
    // proxy.ts sends anonymous visitors of a role area to sign-in; the layout refuses other roles.
    if (!who.role) return { redirect: "/sign-in" };
    if (who.role !== area) return { status: 403 };
  }
  return { status: fixtures.every((f) => f.for.includes(who.name)) ? 200 : 404 };
}

/** Every URL of a route: the product of its dynamic segments' fixtures. */
function urlsOf(route: AppRoute, ids: Ids): { url: string; fixtures: Fixture[] }[] {
  let combos: Fixture[][] = [[]];
  for (const segment of dynamicSegments(route.pattern)) {
    const values = FIXTURES[segment.key]!(ids);
    combos = combos.flatMap((c) => values.map((v) => [...c, v]));
  }
  return combos.map((fixtures) => ({ url: fill(route.pattern, fixtures.map((f) => f.value)), fixtures }));
}

// ---------------------------------------------------------------------------------------------

const routes = discoverRoutes();
/** What no page may show: a missing message's key, or a code from the schema or the engine (raw-text.ts). */
const rawRules = { namespaces: messageNamespaces(), enumValues: schemaEnumValues() };
let identities: Record<IdentityName, Identity>;
let ids: Ids;

test.beforeAll(async () => {
  identities = await loadIdentities();
  ids = await loadIds(identities);
});

test("every page and route handler is in the matrix: each dynamic segment has fixtures", () => {
  // Guards the walk itself: if it found nothing (or lost the route groups), the matrix would pass empty.
  expect(routes.length).toBeGreaterThan(40);
  for (const known of ["/", "/citizen/jobs/[id]", "/employer/openings/[id]/edit", "/consultant/results/export", "/api/health"]) {
    expect(routes.map((r) => r.pattern), known).toContain(known);
  }
  const missing = routes.flatMap((r) => dynamicSegments(r.pattern).filter((s) => !(s.key in FIXTURES)).map((s) => `${r.file}: no fixture for ${s.key}`));
  expect(missing, "add the segment to FIXTURES in route-matrix.spec.ts").toEqual([]);
  // And each route is reached: some identity gets a 200 from some URL of it (or its documented redirect).
  const ok = (r: AppRoute, who: Identity, fixtures: Fixture[]) => {
    const want = expected(r, who, fixtures);
    return "status" in want ? want.status === 200 : r.pattern in EXCEPTIONS;
  };
  const unreachable = routes.filter((r) => !urlsOf(r, ids).some(({ fixtures }) => Object.values(identities).some((who) => ok(r, who, fixtures))));
  expect(unreachable.map((r) => `${r.file}: no fixture gives anyone a 200 (is the seed missing a row?)`)).toEqual([]);
});

async function signedIn(browser: Browser, who: Identity): Promise<BrowserContext> {
  const context = await browser.newContext();
  if (who.role) {
    const page = await context.newPage();
    await signIn(page, who.email!);
    await expect(page).toHaveURL(new RegExp(`${HOME[who.role]}$`));
    await page.close();
  }
  return context;
}

/** Runs `work` over `items`, `limit` at a time (the server shares 2 cores with the other projects). */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
}

async function check(request: APIRequestContext, baseURL: string, who: Identity, secrets: Secret[]): Promise<{ requests: number; problems: string[] }> {
  const problems: string[] = [];
  const requests = routes.flatMap((route) => urlsOf(route, ids).map((u) => ({ route, ...u })));
  const found: { url: string; leaked: Secret[] }[] = [];
  await pool(requests, 4, async ({ route, url, fixtures }) => {
    const want = expected(route, who, fixtures);
    const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    const status = response.status();
    if ("redirect" in want) {
      const location = response.headers()["location"];
      const target = location ? new URL(location, baseURL) : null;
      if (![303, 307].includes(status) || target?.origin !== new URL(baseURL).origin || target.pathname !== want.redirect) {
        problems.push(`GET ${url} as ${who.name}: expected a redirect to ${want.redirect}, got ${status}${location ? ` to ${location}` : ""}`);
      }
      return;
    }
    if (status !== want.status) problems.push(`GET ${url} as ${who.name}: expected ${want.status}, got ${status}`);
    if (status >= 300 && status < 400) return;
    const body = await response.text();
    if (route.kind === "page") {
      const raw = rawTokens(textOfHtml(body), rawRules);
      if (raw.length) problems.push(`GET ${url} as ${who.name}: shows raw keys or codes ${raw.map((r) => JSON.stringify(r)).join(", ")}`);
    }
    const leaked = leaks(body, secrets);
    if (leaked.length) found.push({ url, leaked });
  });
  if (found.length) {
    // Another project may have made something visible meanwhile (a citizen said yes to contact):
    // only what is still another tenant's now counts.
    const now = new Set((await secretsFor(who)).map((s) => s.text));
    for (const { url, leaked } of found) {
      const still = leaked.filter((s) => now.has(s.text));
      if (still.length) problems.push(`GET ${url} as ${who.name}: shows ${still.map((s) => `${s.what} (${JSON.stringify(s.text)})`).join(", ")}`);
    }
  }
  return { requests: requests.length, problems };
}

for (const name of IDENTITIES) {
  test(`every route as ${name}: expected status, no other tenant's data, no raw keys or codes`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const who = identities[name];
    const [context, secrets] = await Promise.all([signedIn(browser, who), secretsFor(who)]);
    expect(secrets.length, "a matrix without secrets checks nothing").toBeGreaterThan(10);
    if (who.role === "CONSULTANT") {
      // The results export reads the worker's snapshot, which it makes when it starts.
      await expect.poll(async () => (await context.request.get("/consultant/results/export", { maxRedirects: 0 })).status(), { timeout: 30_000 }).toBe(200);
    }
    const started = Date.now();
    const { requests, problems } = await check(context.request, baseURL!, who, secrets);
    test.info().annotations.push({ type: "matrix", description: `${routes.length} routes, ${requests} requests, ${secrets.length} secrets, ${Date.now() - started} ms` });
    await context.close();
    expect(problems).toEqual([]);
  });
}
