import { prisma } from "./client";
import type { Actor } from "./audit";
import type { Prisma } from "./types";

// Articles and videos a citizen may read: published, meant for citizens, from their municipality.
function visibleToCitizen(actor: Actor, now: Date): Prisma.ArticleWhereInput {
  return {
    municipality: { citizens: { some: { userId: actor.id } } },
    publishedAt: { not: null, lte: now },
    audience: { in: ["CITIZENS", "ALL"] },
  };
}

/** The citizen's articles, newest first. */
export async function listArticlesForCitizen(actor: Actor, now: Date) {
  if (actor.role !== "CITIZEN") return [];
  const articles = await prisma.article.findMany({
    where: visibleToCitizen(actor, now),
    select: { id: true, title: true, summary: true, videoUrl: true, publishedAt: true },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
  });
  return articles.map(({ videoUrl, ...article }) => ({ ...article, hasVideo: Boolean(videoUrl) }));
}

/** One article for the citizen; null when it is missing, unpublished or another municipality's. */
export function getArticleForCitizen(actor: Actor, id: string, now: Date) {
  if (actor.role !== "CITIZEN") return Promise.resolve(null);
  return prisma.article.findFirst({
    where: { id, ...visibleToCitizen(actor, now) },
    select: { id: true, title: true, summary: true, body: true, videoUrl: true, publishedAt: true },
  });
}
