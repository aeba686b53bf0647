import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Db } from '../db/driver';
import { ingestRepository } from '../db/repositories/ingest.repository';

const LOCK_NAME = 'ingest';

/** Another ingest holds the lock. */
export class IngestBusyError extends Error {
  override name = 'IngestBusyError';
}

export interface IngestLock {
  /** Extends the lease; call between batches. */
  renew(): Promise<void>;
  release(): Promise<void>;
}

/**
 * One ingest at a time, across processes and machines: a lease held on an `IngestLock` node.
 * A lock left by a killed process on this host is taken over at once; any other expires with its lease.
 */
export async function acquireIngestLock(db: Db, leaseMs = 60_000): Promise<IngestLock> {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID()}`;
  let state = await ingestRepository.acquireLock(db, LOCK_NAME, owner, leaseMs, []);
  if (!state.free && isDeadLocalOwner(state.owner)) {
    state = await ingestRepository.acquireLock(db, LOCK_NAME, owner, leaseMs, [state.owner]);
  }
  if (!state.free) {
    throw new IngestBusyError(
      `ingest: another ingest is running (${state.owner}, lease until ${state.expiresAt}); try again when it has finished.`,
    );
  }
  return {
    renew: async () => {
      const renewed = await ingestRepository.acquireLock(db, LOCK_NAME, owner, leaseMs, []);
      if (!renewed.free) throw new IngestBusyError(`ingest: lost the lock to ${renewed.owner} (the lease expired)`);
    },
    release: async () => void (await ingestRepository.releaseLock(db, LOCK_NAME, owner)),
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
