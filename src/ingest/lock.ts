import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../db/driver';
import { ingestRepository } from '../db/repositories/ingest.repository';
import { IngestRunningError } from '../errors';

const LOCK_NAME = 'ingest';

export interface IngestLock {
  /** Extends the lease now; it is also extended every third of the lease while held. */
  renew(): Promise<void>;
  release(): Promise<void>;
}

/**
 * One ingest at a time, across processes and machines: a lease held on an `IngestLock` node.
 * A lock left by a killed process on this host is taken over at once; any other expires with its lease.
 * Throws `IngestRunningError` (code INGEST_RUNNING) at once when another ingest holds it.
 */
export async function acquireIngestLock(db: Db, leaseMs = 60_000): Promise<IngestLock> {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`;
  let state = await ingestRepository.acquireLock(db, LOCK_NAME, owner, leaseMs, []);
  if (!state.free && isDeadLocalOwner(state.owner)) {
    state = await ingestRepository.acquireLock(db, LOCK_NAME, owner, leaseMs, [state.owner]);
  }
  if (!state.free) {
    throw new IngestRunningError(`ingest: another ingest is running (${state.owner}, lease until ${state.expiresAt}); try again when it has finished.`, state.expiresAt);
  }
  let lost: IngestRunningError | undefined;
  const renew = async () => {
    if (lost) throw lost;
    const renewed = await ingestRepository.acquireLock(db, LOCK_NAME, owner, leaseMs, []);
    if (!renewed.free) {
      lost = new IngestRunningError(`ingest: lost the lock to ${renewed.owner} (the lease expired)`, renewed.expiresAt);
      throw lost;
    }
  };
  // Analysis of a large folder takes longer than a lease; the timer keeps the lease while it runs.
  const timer = setInterval(() => renew().catch(() => undefined), Math.max(1000, leaseMs / 3));
  timer.unref();
  return {
    renew,
    release: async () => {
      clearInterval(timer);
      await ingestRepository.releaseLock(db, LOCK_NAME, owner);
    },
  };
}

function isDeadLocalOwner(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== os.hostname() || !pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
