import { relationKey } from '../../domain/ids';
import { nameKey } from '../../domain/names';
import type { GraphPatch, RelationRecord } from '../types';

/**
 * One entity per name across articles. A discovered entity whose name key already names an
 * entity in the graph (`idByKey`), or an earlier entity of the same batch, takes that entity's id,
 * whatever type each article gave it: "Harbor" typed two ways in two articles stays one node, so
 * multi-hop answers do not break. Catalog entities keep their ids. Pure: new patches are returned.
 */
export function unifyEntities(patches: readonly GraphPatch[], idByKey: ReadonlyMap<string, string>): GraphPatch[] {
  const firstIdOfKey = new Map(idByKey);
  const remap = new Map<string, string>();
  for (const patch of patches) {
    for (const e of patch.entities) {
      if (!e.discovered) continue;
      const key = nameKey(e.name);
      const target = firstIdOfKey.get(key);
      if (target === undefined) firstIdOfKey.set(key, e.id);
      else if (target !== e.id) remap.set(e.id, target);
    }
  }
  if (remap.size === 0) return [...patches];
  const idOf = (id: string) => remap.get(id) ?? id;
  return patches.map((patch) => {
    const entities = new Map(patch.entities.map((e) => [idOf(e.id), { ...e, id: idOf(e.id) }]));
    const relations = new Map<string, RelationRecord>();
    for (const r of patch.relations) {
      const [subjectId, objectId] = [idOf(r.subjectId), idOf(r.objectId)];
      if (subjectId === objectId) continue;
      const key = relationKey(subjectId, r.type, objectId);
      const same = relations.get(key);
      relations.set(
        key,
        same
          ? { ...same, confidence: Math.max(same.confidence, r.confidence), evidence: [...same.evidence, ...r.evidence.filter((ev) => !same.evidence.some((x) => x.id === ev.id))] }
          : { ...r, subjectId, objectId },
      );
    }
    return {
      ...patch,
      entities: [...entities.values()],
      mentions: patch.mentions.map((m) => ({ ...m, entityId: idOf(m.entityId) })),
      relations: [...relations.values()],
    };
  });
}

/** The name keys a batch of patches asks the graph about: one per discovered entity. */
export function discoveredNameKeys(patches: readonly GraphPatch[]): string[] {
  return [...new Set(patches.flatMap((p) => p.entities.filter((e) => e.discovered).map((e) => nameKey(e.name))))];
}
