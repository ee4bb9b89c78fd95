import { describe, expect, it } from "vitest";
import { renderAccountExistsEmail } from "@/lib/mail/account-exists-email";

// The notice to an account whose address someone invited (no account enumeration: the inviter is
// told "sent" either way). Plain, short, in the owner's language, and without an invitation link.

describe("the notice to an existing account", () => {
  it("says in Danish that they already have a user, can sign in as usual and can ignore it", () => {
    const { subject, text } = renderAccountExistsEmail({ name: "Mette", locale: "da", organisation: { kind: "municipality", name: "Odense" } }, "https://refleks.test");
    expect(subject).toBe("Du har allerede en bruger på Refleks");
    expect(text).toContain("Hej Mette");
    expect(text).toContain("Jobcentret i Odense har prøvet at invitere din e-mailadresse til Refleks.");
    expect(text).toContain("Du kan logge ind, som du plejer.");
    expect(text).toContain("Log ind her: https://refleks.test/sign-in");
    expect(text).toContain("kan du se bort fra den");
    expect(text).not.toContain("/invite/");
  });

  it("names a company only when asked to, with a hint for joining it, and speaks English when the owner does", () => {
    const company = renderAccountExistsEmail({ name: "Lars", locale: "en", organisation: { kind: "company", name: "Solsikken ApS" } }, undefined);
    expect(company.subject).toBe("You already have a user on Refleks");
    expect(company.text).toContain("Solsikken ApS has tried to invite your e-mail address to Refleks.");
    expect(company.text).toContain("If you should also be part of Solsikken ApS, contact the job centre.");
    expect(company.text).not.toContain("Sign in here");

    const anonymous = renderAccountExistsEmail({ name: "Anne", locale: "da", organisation: null }, undefined);
    expect(anonymous.text).toContain("Nogen har prøvet at invitere din e-mailadresse til Refleks.");
    expect(anonymous.text).not.toContain("Skal du også være med");
  });
});
