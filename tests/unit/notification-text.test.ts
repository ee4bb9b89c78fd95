import { describe, expect, it } from "vitest";
import { MatchStatus, NotificationType } from "@/lib/db/types";
import { notificationHref, renderNotification, renderNotificationEmail, type NotificationLike } from "@/lib/notification-text";

const data = { openingTitle: "Køkkenhjælper", employerName: "Café Solsikke", alias: "Rolig Odder", eventTitle: "Jobcafé", status: "APPROVED" };
const note = (type: NotificationType, extra: Partial<NotificationLike> = {}): NotificationLike => ({ type, data, matchId: null, openingId: null, ...extra });

describe("renderNotification", () => {
  it.each(Object.values(NotificationType))("gives %s a Danish and a different English text with its values filled in", (type) => {
    const da = renderNotification(note(type), "da");
    const en = renderNotification(note(type), "en");
    for (const text of [da, en]) {
      expect(text.title.trim()).not.toBe("");
      expect(text.body).not.toMatch(/[{}]|notifications\./);
    }
    expect(en.title).not.toBe(da.title);
    const expected = { NEW_JOB: "Café Solsikke", MATCH_STATUS: "Køkkenhjælper", CONTACT_REQUEST: "Café Solsikke", CITIZEN_INTEREST: "Rolig Odder", EVENT_REMINDER: "Jobcafé" }[type];
    expect(da.body).toContain(expected);
    expect(en.body).toContain(expected);
  });

  it.each(Object.values(MatchStatus))("says what match status %s means in plain words in both languages", (status) => {
    const da = renderNotification(note("MATCH_STATUS", { data: { openingTitle: "Lager", status } }), "da").body;
    const en = renderNotification(note("MATCH_STATUS", { data: { openingTitle: "Lager", status } }), "en").body;
    expect(da).not.toContain(status);
    expect(en).not.toContain(status);
    expect(da).not.toBe(en);
  });

  it("translates the statuses into the agreed Danish", () => {
    const body = (status: string) => renderNotification(note("MATCH_STATUS", { data: { openingTitle: "Lager", status } }), "da").body;
    expect(body("APPROVED")).toBe("Lager: Jobcentret har godkendt matchet.");
    expect(body("PRAKTIK")).toBe("Lager: Du er i praktik.");
  });

  it("survives missing values and an unknown status without showing raw keys", () => {
    const text = renderNotification({ type: "MATCH_STATUS", data: { status: "NOPE" }, matchId: null, openingId: null }, "da");
    expect(text.body).toBe(": Der er nyt om matchet.");
    expect(renderNotification({ type: "NEW_JOB", data: null, matchId: null, openingId: null }, "en").body).not.toMatch(/[{}]/);
  });

  it("falls back to Danish for an unknown language", () => {
    expect(renderNotification(note("NEW_JOB"), "fr")).toEqual(renderNotification(note("NEW_JOB"), "da"));
  });
});

describe("links", () => {
  it("leads a match to the matches page, an opening to its job page, and nothing otherwise", () => {
    expect(notificationHref({ matchId: "m1", openingId: "o1" })).toBe("/citizen/matches");
    expect(notificationHref({ matchId: null, openingId: "o1" })).toBe("/citizen/jobs/o1");
    expect(notificationHref({ matchId: null, openingId: null })).toBeNull();
    expect(notificationHref({ matchId: "m1", openingId: null }, "EMPLOYER")).toBeNull();
  });

  it("labels the link by where it goes", () => {
    expect(renderNotification(note("NEW_JOB", { openingId: "o1" }), "da").link).toEqual({ href: "/citizen/jobs/o1", label: "Se jobbet" });
    expect(renderNotification(note("MATCH_STATUS", { matchId: "m1", openingId: "o1" }), "da").link).toEqual({ href: "/citizen/matches", label: "Se dine match" });
    expect(renderNotification(note("EVENT_REMINDER"), "da").link).toBeNull();
  });
});

describe("renderNotificationEmail", () => {
  it("uses the title as subject and makes the link absolute when a base URL is known", () => {
    const mail = renderNotificationEmail(note("NEW_JOB", { openingId: "o1" }), "en", "https://refleks.example.dk");
    expect(mail.subject).toBe(renderNotification(note("NEW_JOB"), "en").title);
    expect(mail.text).toContain("https://refleks.example.dk/citizen/jobs/o1");
    expect(renderNotificationEmail(note("NEW_JOB", { openingId: "o1" }), "da").text).toContain(" /citizen/jobs/o1");
  });
});
