// An exclusive lock on the launcher's data directory: a file holding the owner's pid, created
// atomically (O_EXCL). A lock whose pid is no longer running is stale and is taken over. Only the
// owner removes it, so a launcher that is refused never touches another one's lock.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from "node:fs";

export type DataLock = { file: string; release: () => void };
export type LockResult = { ok: true; lock: DataLock; tookOverPid: number | null } | { ok: false; heldBy: number };

function readPid(file: string): number | null | "missing" {
  try {
    const pid = Number(readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "missing";
    throw error;
  }
}

/** Whether a process with this pid exists (EPERM: it does, but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function tryCreate(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, "wx", 0o644);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Moves a stale lock out of the way. The rename is atomic, so of two launchers that both found
 * the same stale lock only one moves it; the other one moves whatever is there by then and, if
 * that is no longer the stale lock, puts it back.
 */
function removeStale(file: string, stalePid: number | null): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (readPid(aside) !== stalePid) {
    try {
      linkSync(aside, file);
    } catch {
      // Someone created a new lock meanwhile; theirs stands.
    }
  }
  unlinkSync(aside);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock, or says which live process holds it. */
export async function acquireDataLock(file: string): Promise<LockResult> {
  let tookOverPid: number | null = null;
  let unreadable = 0;
  for (let attempt = 0; ; attempt++) {
    if (attempt === 100) throw new Error(`Could not take the lock ${file}`);
    if (tryCreate(file)) break;
    const pid = readPid(file);
    if (pid === "missing") continue;
    if (pid === null) {
      // Created but not yet written (another launcher is starting), or left empty by a crash.
      if (++unreadable < 20) {
        await sleep(100);
        continue;
      }
      removeStale(file, null);
      continue;
    }
    if (pid !== process.pid && isAlive(pid)) return { ok: false, heldBy: pid };
    removeStale(file, pid);
    tookOverPid = pid;
  }
  const release = () => {
    // Only our own lock: after a takeover by someone else, the file is theirs.
    if (readPid(file) === process.pid) unlinkSync(file);
  };
  return { ok: true, lock: { file, release }, tookOverPid };
}
