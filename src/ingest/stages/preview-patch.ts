import type { Db } from '../../db/driver';
import { ingestRepository as repo } from '../../db/repositories/ingest.repository';
import type { EntityRecord, GraphPatch } from '../types';
import { discoveredNameKeys, unifyEntities } from './unify-entities';
import { EMPTY_STATS, parseKey, patchRows, unique, type WriteStats } from './write-patch';

export interface PreviewOptions {
  removeArticleIds?: string[];
  catalog?: readonly EntityRecord[];
}

/**
 * What `writePatches` would change, computed from reads in one read-only transaction: a dry run
 * takes no write lock, so it never blocks or deadlocks a real ingest. The counts equal one
 * `writePatches` of the same patches; a real run in several batches can differ for a relation that
 * one batch removes and a later one adds again.
 */
export async function previewPatches(db: Db, analyzed: readonly GraphPatch[], options: PreviewOptions = {}): Promise<WriteStats> {
  const removeIds = options.removeArticleIds ?? [];
  const articleIds = [...analyzed.map((p) => p.article.id), ...removeIds];
  const catalog = options.catalog ?? [];
  if (articleIds.length === 0 && catalog.length === 0) return { ...EMPTY_STATS };
  return db.readTransaction(
    async (tx) => {
      // The same ids the write would use (see `unifyEntities`).
      const patches = unifyEntities(analyzed, await repo.findIdsByNameKeys(tx, discoveredNameKeys(analyzed)));
      const { evidence, relationRows } = patchRows(patches);
      const entityIds = unique([...patches.flatMap((p) => p.entities.map((e) => e.id)), ...catalog.map((e) => e.id)], (id) => id);
      const newKeys = new Set(relationRows.map((r) => r.relKey));
      const newEvidence = new Set(evidence.map((e) => e.id));
      const mentioned = new Set([...patches.flatMap((p) => p.mentions.map((m) => m.entityId)), ...catalog.map((e) => e.id)]);
      const existingEntities = await repo.findEntityIds(tx, entityIds);
      const existingRelations = await repo.findExistingRelations(tx, [...newKeys]);
      const before = await repo.findEvidenceOf(tx, articleIds);
      const beforeIds = new Set(before.map((b) => b.id));
      const leaving = unique(
        before.filter((b) => !newKeys.has(b.relKey)),
        (b) => b.relKey,
      ).map((b) => parseKey(b.relKey));
      const elsewhere = leaving.length > 0 ? await repo.countEvidenceElsewhere(tx, leaving, articleIds) : [];
      const dropped = elsewhere.filter((k) => k.others === 0);
      const droppedKeys = new Set(dropped.map((k) => k.relKey));
      const discovered = (await repo.findMentionedDiscovered(tx, articleIds)).filter((id) => !mentioned.has(id));
      const orphans = discovered.length > 0 ? await repo.findOrphanedBy(tx, discovered, articleIds) : [];
      const orphanRelations = orphans.reduce((n, o) => n + o.relKeys.filter((k) => !droppedKeys.has(k)).length, 0);
      return {
        entitiesAdded: entityIds.filter((id) => !existingEntities.has(id)).length,
        entitiesRemoved: orphans.length,
        relationsAdded: relationRows.filter((r) => !existingRelations.has(r.relKey)).length,
        relationsRemoved: dropped.reduce((n, k) => n + k.relations, 0) + orphanRelations,
        evidenceAdded: [...newEvidence].filter((id) => !beforeIds.has(id)).length,
        evidenceRemoved: before.filter((b) => !newEvidence.has(b.id)).length,
      };
    },
    { timeoutMs: 120_000 },
  );
}
