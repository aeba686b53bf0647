import { relationKey } from '../../domain/ids';
import { nameKey } from '../../domain/names';
import type { Db } from '../../db/driver';
import { ingestRepository as repo, type RelationKeyRow } from '../../db/repositories/ingest.repository';
import type { EntityRecord, GraphPatch } from '../types';
import { discoveredNameKeys, unifyEntities } from './unify-entities';

/** What one write changed in the graph. */
export interface WriteStats {
  entitiesAdded: number;
  entitiesRemoved: number;
  relationsAdded: number;
  relationsRemoved: number;
  evidenceAdded: number;
  evidenceRemoved: number;
}

export interface WriteOptions {
  /** Stored as `Article.ingestedAt`. */
  ingestedAt: Date;
  /** Articles to delete with everything they contributed. */
  removeArticleIds?: string[];
  /** Run everything, report the counts, then roll back. */
  dryRun?: boolean;
  /** Catalog entities to upsert first, in the same transaction. */
  catalog?: readonly EntityRecord[];
  /** Hash of the catalog and lexicon the patches were extracted with; a change re-extracts every article. */
  knowledgeHash?: string;
  /** The articles folder the patches were read from, stored as `Article.folder` (its key with `path`). */
  folder?: string;
}

export const EMPTY_STATS: WriteStats = {
  entitiesAdded: 0,
  entitiesRemoved: 0,
  relationsAdded: 0,
  relationsRemoved: 0,
  evidenceAdded: 0,
  evidenceRemoved: 0,
};

/**
 * Replaces what the given articles contribute to the graph, in one transaction: each article is
 * either fully old or fully new. Writing the same patches twice changes nothing.
 * Relations left with no evidence and discovered entities left with no mention are deleted.
 */
export async function writePatches(db: Db, patches: readonly GraphPatch[], options: WriteOptions): Promise<WriteStats> {
  const removeIds = options.removeArticleIds ?? [];
  const articleIds = [...patches.map((p) => p.article.id), ...removeIds];
  const catalog = options.catalog ?? [];
  if (articleIds.length === 0 && catalog.length === 0) return { ...EMPTY_STATS };
  return db.writeTransaction(
    async (tx) => {
      const unified = unifyEntities(patches, await repo.findIdsByNameKeys(tx, discoveredNameKeys(patches)));
      const { evidence, relationRows } = patchRows(unified);
      const start = await repo.countGraph(tx);
      const existing = await repo.findExistingRelations(
        tx,
        relationRows.map((r) => r.relKey),
      );
      if (catalog.length > 0) await repo.syncCatalog(tx, catalog.map(entityRow));
      const before = await repo.findEvidenceOf(tx, articleIds);
      const discoveredBefore = await repo.findMentionedDiscovered(tx, articleIds);
      const evidenceRemoved =
        before.length > 0
          ? await repo.deleteStaleEvidence(
              tx,
              articleIds,
              evidence.map((e) => e.id),
            )
          : 0;
      await repo.deleteMentions(tx, articleIds);
      if (removeIds.length > 0) await repo.deleteArticles(tx, removeIds);
      await repo.mergeArticles(
        tx,
        patches.map((p) => ({ ...p.article })),
        options.ingestedAt.toISOString(),
        options.knowledgeHash ?? null,
        options.folder ?? null,
      );
      await repo.mergeEntities(
        tx,
        unique(
          unified.flatMap((p) => p.entities),
          (e) => e.id,
        ).map(entityRow),
      );
      const relationsAdded = await repo.createRelations(
        tx,
        relationRows.filter((r) => !existing.has(r.relKey)),
      );
      await repo.mergeEvidence(tx, evidence);
      const touched: RelationKeyRow[] = unique([...relationRows, ...before.map((b) => parseKey(b.relKey))], (r) => r.relKey);
      const relationsDropped = await repo.refreshRelations(tx, touched);
      // Mentions last: REFRESH_RELATIONS expands its nodes' relationships, and thousands of
      // mentions created earlier in the same transaction made it several times slower.
      await repo.createMentions(tx, unified.flatMap(mentionRows));
      const orphans = discoveredBefore.length > 0 ? await repo.deleteOrphanEntities(tx, discoveredBefore) : { entities: 0, relations: 0 };
      const end = await repo.countGraph(tx);
      await repo.bumpGraphVersion(tx);
      const relationsRemoved = relationsDropped + orphans.relations;
      return {
        entitiesAdded: end.entities - start.entities + orphans.entities,
        entitiesRemoved: orphans.entities,
        relationsAdded,
        relationsRemoved,
        evidenceAdded: end.evidence - start.evidence + evidenceRemoved,
        evidenceRemoved,
      };
    },
    { rollback: options.dryRun === true, timeoutMs: 120_000 },
  );
}

/** The evidence and the distinct relations of some patches, as the write statements take them. */
export function patchRows(patches: readonly GraphPatch[]) {
  const evidence = patches.flatMap((p) =>
    p.relations.flatMap((r) => r.evidence.map((ev) => ({ ...ev, subjectId: r.subjectId, type: r.type, objectId: r.objectId, relKey: relationKey(r.subjectId, r.type, r.objectId) }))),
  );
  const relationRows = unique(
    patches.flatMap((p) => p.relations.map((r) => ({ subjectId: r.subjectId, type: r.type, objectId: r.objectId, relKey: relationKey(r.subjectId, r.type, r.objectId) }))),
    (r) => r.relKey,
  );
  return { evidence, relationRows };
}

/** One article's patch; see `writePatches`. */
export function writePatch(db: Db, patch: GraphPatch, ingestedAt: Date): Promise<WriteStats> {
  return writePatches(db, [patch], { ingestedAt });
}

/** Upserts catalog entities (catalog fields win; they are never deleted by an ingest). */
export function syncCatalog(db: Db, entities: readonly EntityRecord[]): Promise<WriteStats> {
  return writePatches(db, [], { ingestedAt: new Date(0), catalog: entities });
}

/** The stored form of an entity: the record plus lookup keys and the text the full-text index reads. */
export function entityRow(e: EntityRecord): Record<string, unknown> {
  const names = [e.name, ...e.aliases];
  return {
    ...e,
    nameKeys: unique(
      names.map(nameKey).filter((k) => k.length > 0),
      (k) => k,
    ),
    searchText: names.join(' | '),
  };
}

function mentionRows(patch: GraphPatch): Record<string, unknown>[] {
  const byEntity = new Map<string, GraphPatch['mentions']>();
  for (const m of patch.mentions) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
  return [...byEntity].map(([entityId, ms]) => ({
    articleId: patch.article.id,
    entityId,
    count: ms.length,
    starts: ms.map((m) => m.start),
    ends: ms.map((m) => m.end),
    sentenceStarts: ms.map((m) => m.sentenceStart),
    sentenceEnds: ms.map((m) => m.sentenceEnd),
    surfaces: ms.map((m) => m.surface),
  }));
}

export function parseKey(relKey: string): RelationKeyRow {
  const [subjectId = '', type = '', objectId = ''] = relKey.split('|');
  return { subjectId, type, objectId, relKey };
}

export function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
