import type { SessionUser } from "@/lib/db/users";

// Stand-ins for the request parts a server action uses, so integration tests can call actions
// directly on a real database: the signed-in user is whatever a test puts in `session.user`,
// revalidation does nothing, and texts are the Danish messages. In a test file:
//   vi.mock("@/lib/auth/guards", async () => (await import("./action-stand-ins")).guards);
//   vi.mock("next/cache", async () => (await import("./action-stand-ins")).cache);
//   vi.mock("next-intl/server", async () => (await import("./action-stand-ins")).danishTranslations());

export const session = { user: null as SessionUser | null };

export const guards = {
  requireRole: async () => {
    if (!session.user) throw new Error("no user in this test");
    return session.user;
  },
};

export const cache = { revalidatePath: () => undefined };

export async function danishTranslations() {
  const { createTranslator } = await import("next-intl");
  const { default: messages } = await import("@/messages/da");
  return { getTranslations: async (namespace: string) => createTranslator({ locale: "da", messages, namespace: namespace as never }) };
}
