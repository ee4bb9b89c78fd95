import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { homeFor } from "@/lib/auth/permissions";

/** Where sign-in lands: sends each user to their role's home. */
export default async function StartPage() {
  const user = await requireUser();
  redirect(homeFor(user.role));
}
