import { describe, expect, it } from "vitest";
import { MatchStatus, NotificationType } from "@/lib/db/types";
import { NOTIFICATION_RECEIVERS, notificationHref, renderNotification, renderNotificationEmail, type NotificationLike } from "@/lib/notifications/text";

const data = { openingTitle: "Køkkenhjælper", employerName: "Café Solsikke", alias: "Rolig Odder", eventTitle: "Jobcafé", status: "APPROVED", authorName: "Sofie Kjær" };
const note = (type: NotificationType, extra: Partial<NotificationLike> = {}): NotificationLike => ({ type, data, matchId: null, openingId: null, ...extra });

const receivers = Object.values(NotificationType).flatMap((type) => NOTIFICATION_RECEIVERS[type].map((role) => [type, role] as const));
const answerData = { ...data, authorName: "Sofie Kjær", citizenName: "Sofie Kjær", answer: "accepted", followUpKind: "PRAKTIK_HALFWAY", dueAt: "2026-03-02T09:00:00.000Z", startsAt: "2026-03-03T09:00:00.000Z" };

describe("renderNotification", () => {
  it("has a receiver for every type", () => {
    for (const type of Object.values(NotificationType)) expect(NOTIFICATION_RECEIVERS[type].length).toBeGreaterThan(0);
  });

  it.each(receivers)("gives %s for %s a Danish and a different English text with its values filled in", (type, role) => {
    const da = renderNotification(note(type, { data: answerData }), "da", role);
    const en = renderNotification(note(type, { data: answerData }), "en", role);
    for (const text of [da, en]) {
      expect(text.title.trim()).not.toBe("");
      expect(`${text.title} ${text.body}`).not.toMatch(/[{}]|notifications\.|roles\./);
    }
    expect(en.title).not.toBe(da.title);
    const expected = { NEW_JOB: "Café Solsikke", MATCH_STATUS: "Køkkenhjælper", CONTACT_REQUEST: "Café Solsikke", CITIZEN_INTEREST: "Rolig Odder", EVENT_REMINDER: "Jobcafé", MATCH_MESSAGE: "Køkkenhjælper", FOLLOW_UP_DUE: "Rolig Odder", CITIZEN_ANSWER: "Køkkenhjælper", CITIZEN_HANDED_OVER: "Rolig Odder", DIALOG_MESSAGE: "Sofie Kjær" }[type];
    expect(da.body).toContain(expected);
    expect(en.body).toContain(expected);
  });

  it("words the same status for each reader: the citizen is spoken to, the company and the consultant are told about her", () => {
    const body = (role: "CITIZEN" | "EMPLOYER" | "CONSULTANT") => renderNotification(note("MATCH_STATUS", { data: { openingTitle: "Lager", status: "CITIZEN_ACCEPTED" } }), "da", role).body;
    expect(body("CITIZEN")).toBe("Lager: Du har sagt ja til jobbet.");
    expect(body("EMPLOYER")).toBe("Lager: Kandidaten har sagt ja til kontakt.");
    expect(body("CONSULTANT")).toBe("Lager: Borgeren har sagt ja.");
  });

  it("tells the company and the consultant which answer the citizen gave", () => {
    const title = (answer: string, role: "EMPLOYER" | "CONSULTANT") => renderNotification(note("CITIZEN_ANSWER", { data: { openingTitle: "Lager", answer } }), "da", role).title;
    expect(title("accepted", "EMPLOYER")).toBe("Kandidaten har sagt ja");
    expect(title("declined", "EMPLOYER")).toBe("Kandidaten har sagt nej tak");
    expect(title("withdrawn", "EMPLOYER")).toBe("Kandidaten har trukket sit ja tilbage");
    expect(title("accepted", "CONSULTANT")).toBe("Borgeren har sagt ja");
  });

  it("names the follow-up and its date for the consultant", () => {
    const body = renderNotification(note("FOLLOW_UP_DUE", { data: { openingTitle: "Lager", alias: "Rolig Odder", followUpKind: "RETENTION_3M", dueAt: "2026-03-02T09:00:00.000Z" } }), "da", "CONSULTANT").body;
    expect(body).toBe("Opfølgningen efter 3 måneder for Rolig Odder i jobbet Lager skal holdes senest 2. marts 2026.");
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
  it("leads each role to its own page about the match, the opening or the events", () => {
    expect(notificationHref({ matchId: "m1", openingId: "o1" })).toBe("/citizen/matches");
    expect(notificationHref({ matchId: null, openingId: "o1" })).toBe("/citizen/jobs/o1");
    expect(notificationHref({ type: "EVENT_REMINDER", matchId: null, openingId: null })).toBe("/citizen/events");
    expect(notificationHref({ matchId: null, openingId: null })).toBeNull();
    expect(notificationHref({ matchId: "m1", openingId: "o1" }, "EMPLOYER")).toBe("/employer/matches/m1");
    expect(notificationHref({ type: "EVENT_REMINDER", matchId: null, openingId: null }, "EMPLOYER")).toBe("/employer/events");
    expect(notificationHref({ type: "CITIZEN_INTEREST", matchId: "m1", openingId: "o1" }, "CONSULTANT")).toBe("/consultant/queue/m1");
    expect(notificationHref({ type: "FOLLOW_UP_DUE", matchId: "m1", openingId: "o1" }, "CONSULTANT")).toBe("/consultant/pipeline/m1");
    expect(notificationHref({ matchId: "m1", openingId: null }, "ADMIN")).toBeNull();
  });

  it("labels the link by where it goes", () => {
    expect(renderNotification(note("NEW_JOB", { openingId: "o1" }), "da").link).toEqual({ href: "/citizen/jobs/o1", label: "Se jobbet" });
    expect(renderNotification(note("MATCH_STATUS", { matchId: "m1", openingId: "o1" }), "da").link).toEqual({ href: "/citizen/matches", label: "Se dine match" });
    expect(renderNotification(note("CITIZEN_ANSWER", { matchId: "m1", openingId: "o1" }), "da", "EMPLOYER").link).toEqual({ href: "/employer/matches/m1", label: "Se forløbet" });
  });

  it("words a dialog message for its reader and leads each side to the thread", () => {
    const toCitizen = renderNotification(note("DIALOG_MESSAGE", { data: { authorName: "Sofie Kjær", profileId: "p1" } }), "da");
    expect(toCitizen).toMatchObject({ title: "Nyt svar fra jobcentret", link: { href: "/citizen/dialog", label: "Læs beskeden" } });
    const toConsultant = renderNotification(note("DIALOG_MESSAGE", { data: { citizenName: "Mette Hansen", profileId: "p1", fromCitizen: 1 } }), "da", "CONSULTANT");
    expect(toConsultant).toMatchObject({ title: "Ny besked fra en borger", body: "Mette Hansen har skrevet til jobcentret.", link: { href: "/consultant/citizens/p1/dialog" } });
    expect(notificationHref({ type: "DIALOG_MESSAGE", data: {}, matchId: null, openingId: null }, "CONSULTANT")).toBeNull();
    expect(notificationHref({ type: "DIALOG_MESSAGE", data: { profileId: "p1" }, matchId: null, openingId: null }, "EMPLOYER")).toBeNull();
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
