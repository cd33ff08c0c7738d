import { describe, expect, it } from "vitest";
import { MAILBOX_SERVICES, mailboxServiceOf } from "./mailbox-services";

describe("mailbox services", () => {
  it("cites a source for every entry, and gives every entry domains", () => {
    for (const s of MAILBOX_SERVICES) {
      expect(s.source, s.id).toMatch(/^https?:\/\//);
      expect(s.domains.length, s.id).toBeGreaterThan(0);
      if (s.help) expect(s.help, s.id).toMatch(/^https?:\/\//);
      if (s.limits) expect(s.limits, s.id).toMatch(/^https?:\/\//);
    }
  });

  it("lists each domain once, in lower case, as a bare domain name", () => {
    const seen = new Set<string>();
    for (const s of MAILBOX_SERVICES)
      for (const d of s.domains) {
        expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
        expect(seen.has(d), d).toBe(false);
        seen.add(d);
      }
  });

  it("finds the service of its address domains, whatever the case", () => {
    expect(mailboxServiceOf("gmail.com")?.name).toBe("Gmail");
    expect(mailboxServiceOf("GoogleMail.com")?.id).toBe("gmail");
    expect(mailboxServiceOf("hotmail.co.uk")?.id).toBe("outlook-com");
    expect(mailboxServiceOf("fastmail.com")?.id).toBe("fastmail");
    expect(mailboxServiceOf("rambler.ru")?.id).toBe("rambler");
    expect(mailboxServiceOf("me.com")?.id).toBe("icloud");
    expect(mailboxServiceOf("gmail.com.")?.id).toBe("gmail");
  });

  it("does not match custom domains hosted at a service, server names or subdomains", () => {
    // Domains the source lists for server lookup, not as personal address domains.
    for (const d of ["google.com", "nyu.edu", "cox.net", "yahoodns.net", "corp.mail.ru"])
      expect(mailboxServiceOf(d), d).toBeNull();
    for (const d of ["example.com", "mail.google.com", "smtp.gmail.com", "gmail.com.example.org"])
      expect(mailboxServiceOf(d), d).toBeNull();
    expect(mailboxServiceOf(null)).toBeNull();
    expect(mailboxServiceOf("")).toBeNull();
  });

  it("names the SMTP submission server only where the source documents one", () => {
    expect(mailboxServiceOf("gmail.com")?.smtp).toEqual({
      host: "smtp.gmail.com",
      port: 465,
      security: "tls",
    });
    expect(mailboxServiceOf("proton.me")?.smtp).toBeNull();
  });
});
