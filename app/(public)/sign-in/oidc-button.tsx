import { Button } from "@/components/ui/button";
import { signIn } from "@/lib/auth";

export function OidcButton({ label, callbackUrl }: { label: string; callbackUrl?: string }) {
  async function signInWithOidc() {
    "use server";
    await signIn("oidc", { redirectTo: callbackUrl ?? "/start" });
  }
  return (
    <form action={signInWithOidc}>
      <Button type="submit" className="w-full">
        {label}
      </Button>
    </form>
  );
}
