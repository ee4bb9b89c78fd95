import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { demoPassword } from "@/lib/auth/demo-accounts";

// Helpers for bench:scale: a real Auth.js sign-in over HTTP, percentiles, and the RSS of the
// process that listens on the app's port (found through /proc, so no pid has to be passed).

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in with the demo password through the credentials provider; returns a Cookie header. */
export async function signIn(base: string, email: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: demoPassword, callbackUrl: `${base}/start` }),
  });
  const session = cookiesOf(res).filter((c) => c.includes("session-token"));
  if (session.length === 0) throw new Error(`sign-in as ${email} failed (HTTP ${res.status}): is the database seeded with seed:scale?`);
  return [...jar, ...session].join("; ");
}

export function firstMatch(text: string, re: RegExp): string {
  const m = re.exec(text);
  if (!m?.[1]) throw new Error(`nothing matched ${re}`);
  return m[1];
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === "0A" && cols[9]) inodes.add(cols[9]);
    }
  }
  return inodes;
}

/** RSS in MB of the process listening on `port` (or of `pid`), or null when it cannot be found. */
export function rssOfListener(port?: number, pid?: number): number | null {
  let found = pid;
  if (found === undefined && port !== undefined) {
    const inodes = listeningInodes(port);
    for (const p of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
      let fds: string[] = [];
      try {
        fds = readdirSync(`/proc/${p}/fd`);
      } catch {
        continue;
      }
      if (fds.some((fd) => {
        try {
          return inodes.has(/socket:\[(\d+)\]/.exec(readlinkSync(`/proc/${p}/fd/${fd}`))?.[1] ?? "");
        } catch {
          return false;
        }
      })) {
        found = Number(p);
        break;
      }
    }
  }
  if (found === undefined) return null;
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${found}/status`, "utf8"))?.[1];
  return kb ? Number(kb) / 1024 : null;
}
