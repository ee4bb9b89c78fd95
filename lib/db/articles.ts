import { prisma } from "./client";
import type { Actor } from "./audit";
import { LIST_CAP } from "./paging";
import { audienceScope } from "./content-audience";
import type { Prisma } from "./types";

// Articles and videos a citizen or a company's member may read: published, meant for them, from
// their municipality (lib/db/content-audience.ts).
function visibleTo(actor: Actor, now: Date): Prisma.ArticleWhereInput | null {
  const scope = audienceScope(actor);
  return scope ? { ...scope, publishedAt: { not: null, lte: now } } : null;
}

/** The actor's articles, newest first; `take` rows from `skip` (ask for one more to see whether a next page exists). */
export async function listArticles(actor: Actor, now: Date, { skip = 0, take = LIST_CAP }: { skip?: number; take?: number } = {}) {
  const where = visibleTo(actor, now);
  if (!where) return [];
  const articles = await prisma.article.findMany({
    where,
    select: { id: true, title: true, summary: true, videoUrl: true, publishedAt: true },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    skip,
    take,
  });
  return articles.map(({ videoUrl, ...article }) => ({ ...article, hasVideo: Boolean(videoUrl) }));
}

/** One article for the actor; null when it is missing, unpublished, not meant for them or another municipality's. */
export function getArticle(actor: Actor, id: string, now: Date) {
  const where = visibleTo(actor, now);
  if (!where) return Promise.resolve(null);
  return prisma.article.findFirst({
    where: { id, ...where },
    select: { id: true, title: true, summary: true, body: true, videoUrl: true, publishedAt: true },
  });
}
