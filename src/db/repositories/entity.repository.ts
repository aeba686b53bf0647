import type { Entity } from '../../domain/graph';
import type { EntityType, RelationType } from '../../domain/vocabulary';
import type { Db, Row } from '../driver';
import { toEntity } from './mappers';

export const FIND_ENTITIES_BY_IDS = /* cypher */ `
  MATCH (e:Entity) WHERE e.id IN $ids
  RETURN e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity`;

// Catalog entities first, then the entity whose own name (not an alias) has the key.
export const FIND_ENTITIES_BY_NAME_KEYS = /* cypher */ `
  UNWIND $keys AS key
  CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS e
  WITH key, e WHERE key IN e.nameKeys
  WITH key, e ORDER BY e.discovered, CASE WHEN e.nameKeys[0] = key THEN 0 ELSE 1 END, e.id
  WITH key, collect(e)[0] AS e
  RETURN key, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity`;

// The general list: every filter is a `$param IS NULL OR …` guard; the sort key is the lower-case name or the degree.
export const FIND_ENTITIES_ASC = /* cypher */ `
  MATCH (e:Entity)
  WHERE ($types IS NULL OR e.type IN $types)
    AND ($nameKey IS NULL OR $nameKey IN e.nameKeys)
    AND ($contains IS NULL OR toLower(e.name) CONTAINS $contains)
    AND ($startsWith IS NULL OR toLower(e.name) STARTS WITH $startsWith)
    AND ($discovered IS NULL OR e.discovered = $discovered)
    AND ($articleId IS NULL OR EXISTS { MATCH (:Article {id: $articleId})-[:MENTIONS]->(e) })
    AND ($relatedTo IS NULL OR EXISTS {
      MATCH (e)-[r]-(x:Entity {id: $relatedTo})
      WHERE type(r) IN $relationTypes
        AND ($relationDirection = 'BOTH' OR ($relationDirection = 'OUT') = (startNode(r) = e))
    })
  WITH e, CASE $orderField
    WHEN 'CONNECTIONS' THEN COUNT { (e)-[]-(:Entity) }
    ELSE toLower(e.name) END AS sortKey
  WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND e.id > $afterId)
  RETURN e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, sortKey
  ORDER BY sortKey, e.id
  LIMIT toInteger($limit)`;

export const FIND_ENTITIES_DESC = /* cypher */ `
  MATCH (e:Entity)
  WHERE ($types IS NULL OR e.type IN $types)
    AND ($nameKey IS NULL OR $nameKey IN e.nameKeys)
    AND ($contains IS NULL OR toLower(e.name) CONTAINS $contains)
    AND ($startsWith IS NULL OR toLower(e.name) STARTS WITH $startsWith)
    AND ($discovered IS NULL OR e.discovered = $discovered)
    AND ($articleId IS NULL OR EXISTS { MATCH (:Article {id: $articleId})-[:MENTIONS]->(e) })
    AND ($relatedTo IS NULL OR EXISTS {
      MATCH (e)-[r]-(x:Entity {id: $relatedTo})
      WHERE type(r) IN $relationTypes
        AND ($relationDirection = 'BOTH' OR ($relationDirection = 'OUT') = (startNode(r) = e))
    })
  WITH e, CASE $orderField
    WHEN 'CONNECTIONS' THEN COUNT { (e)-[]-(:Entity) }
    ELSE toLower(e.name) END AS sortKey
  WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND e.id < $afterId)
  RETURN e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, sortKey
  ORDER BY sortKey DESC, e.id DESC
  LIMIT toInteger($limit)`;

export const COUNT_ENTITIES = /* cypher */ `
  MATCH (e:Entity)
  WHERE ($types IS NULL OR e.type IN $types)
    AND ($nameKey IS NULL OR $nameKey IN e.nameKeys)
    AND ($contains IS NULL OR toLower(e.name) CONTAINS $contains)
    AND ($startsWith IS NULL OR toLower(e.name) STARTS WITH $startsWith)
    AND ($discovered IS NULL OR e.discovered = $discovered)
    AND ($articleId IS NULL OR EXISTS { MATCH (:Article {id: $articleId})-[:MENTIONS]->(e) })
    AND ($relatedTo IS NULL OR EXISTS {
      MATCH (e)-[r]-(x:Entity {id: $relatedTo})
      WHERE type(r) IN $relationTypes
        AND ($relationDirection = 'BOTH' OR ($relationDirection = 'OUT') = (startNode(r) = e))
    })
  RETURN count(e) AS total`;

// Counts by type label come from the count store (constant time).
export const COUNT_BY_TYPES = /* cypher */ `
  UNWIND $types AS ty
  RETURN sum(CASE ty
    WHEN 'Project' THEN COUNT { MATCH (:Project) }
    WHEN 'Network' THEN COUNT { MATCH (:Network) }
    WHEN 'Technique' THEN COUNT { MATCH (:Technique) }
    WHEN 'Concept' THEN COUNT { MATCH (:Concept) }
    WHEN 'Organization' THEN COUNT { MATCH (:Organization) }
    WHEN 'Person' THEN COUNT { MATCH (:Person) }
    WHEN 'Regulation' THEN COUNT { MATCH (:Regulation) }
    WHEN 'Initiative' THEN COUNT { MATCH (:Initiative) }
    WHEN 'UseCase' THEN COUNT { MATCH (:UseCase) }
    WHEN 'Challenge' THEN COUNT { MATCH (:Challenge) }
    ELSE 0 END) AS total`;

export const COUNT_ALL = /* cypher */ `
  MATCH (e:Entity) RETURN count(e) AS total`;

// The name order when the only filter is the type: read from the `entity_sort_name` and
// `entity_type_sort_name` indexes in their order, so a page reads its own rows and no others. The
// planner uses the index order only when ORDER BY names every indexed property (type first).
// Same order and sort key (`sortName` = toLower(name)) as FIND_ENTITIES_ASC/DESC, so cursors mix.
// Each row also carries the count of the whole list (count store, constant time): one round trip.
// FIRST reads from the start of the order; AFTER seeks past the cursor ($afterKey, $afterId).
export const FIND_NAME_PAGE_ASC_FIRST = /* cypher */ `
  CALL () { MATCH (e:Entity) RETURN count(e) AS total }
  MATCH (e:Entity) WHERE e.sortName IS NOT NULL AND e.id IS NOT NULL
  WITH total, e ORDER BY e.sortName, e.id LIMIT toInteger($limit)
  RETURN total, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, e.sortName AS sortKey`;

export const FIND_NAME_PAGE_ASC_AFTER = /* cypher */ `
  CALL () { MATCH (e:Entity) RETURN count(e) AS total }
  MATCH (e:Entity) WHERE e.sortName >= $afterKey AND e.id IS NOT NULL
  WITH total, e WHERE e.sortName > $afterKey OR e.id > $afterId
  WITH total, e ORDER BY e.sortName, e.id LIMIT toInteger($limit)
  RETURN total, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, e.sortName AS sortKey`;

export const FIND_NAME_PAGE_DESC_FIRST = /* cypher */ `
  CALL () { MATCH (e:Entity) RETURN count(e) AS total }
  MATCH (e:Entity) WHERE e.sortName IS NOT NULL AND e.id IS NOT NULL
  WITH total, e ORDER BY e.sortName DESC, e.id DESC LIMIT toInteger($limit)
  RETURN total, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, e.sortName AS sortKey`;

export const FIND_NAME_PAGE_DESC_AFTER = /* cypher */ `
  CALL () { MATCH (e:Entity) RETURN count(e) AS total }
  MATCH (e:Entity) WHERE e.sortName <= $afterKey AND e.id IS NOT NULL
  WITH total, e WHERE e.sortName < $afterKey OR e.id < $afterId
  WITH total, e ORDER BY e.sortName DESC, e.id DESC LIMIT toInteger($limit)
  RETURN total, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, e.sortName AS sortKey`;

export const FIND_NAME_PAGE_BY_TYPES_ASC_FIRST = /* cypher */ `
  CALL () {
    UNWIND $types AS ty
    RETURN sum(CASE ty
      WHEN 'Project' THEN COUNT { MATCH (:Project) }
      WHEN 'Network' THEN COUNT { MATCH (:Network) }
      WHEN 'Technique' THEN COUNT { MATCH (:Technique) }
      WHEN 'Concept' THEN COUNT { MATCH (:Concept) }
      WHEN 'Organization' THEN COUNT { MATCH (:Organization) }
      WHEN 'Person' THEN COUNT { MATCH (:Person) }
      WHEN 'Regulation' THEN COUNT { MATCH (:Regulation) }
      WHEN 'Initiative' THEN COUNT { MATCH (:Initiative) }
      WHEN 'UseCase' THEN COUNT { MATCH (:UseCase) }
      WHEN 'Challenge' THEN COUNT { MATCH (:Challenge) }
      ELSE 0 END) AS total
  }
  UNWIND $types AS ty
  CALL (ty) {
    MATCH (e:Entity) WHERE e.type = ty AND e.sortName IS NOT NULL AND e.id IS NOT NULL
    WITH e ORDER BY e.type, e.sortName, e.id LIMIT toInteger($limit)
    RETURN e
  }
  WITH total, e ORDER BY e.sortName, e.id LIMIT toInteger($limit)
  RETURN total, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, e.sortName AS sortKey`;

export const FIND_NAME_PAGE_BY_TYPES_ASC_AFTER = /* cypher */ `
  CALL () {
    UNWIND $types AS ty
    RETURN sum(CASE ty
      WHEN 'Project' THEN COUNT { MATCH (:Project) }
      WHEN 'Network' THEN COUNT { MATCH (:Network) }
      WHEN 'Technique' THEN COUNT { MATCH (:Technique) }
      WHEN 'Concept' THEN COUNT { MATCH (:Concept) }
      WHEN 'Organization' THEN COUNT { MATCH (:Organization) }
      WHEN 'Person' THEN COUNT { MATCH (:Person) }
      WHEN 'Regulation' THEN COUNT { MATCH (:Regulation) }
      WHEN 'Initiative' THEN COUNT { MATCH (:Initiative) }
      WHEN 'UseCase' THEN COUNT { MATCH (:UseCase) }
      WHEN 'Challenge' THEN COUNT { MATCH (:Challenge) }
      ELSE 0 END) AS total
  }
  UNWIND $types AS ty
  CALL (ty) {
    MATCH (e:Entity) WHERE e.type = ty AND e.sortName >= $afterKey AND e.id IS NOT NULL
    WITH e WHERE e.sortName > $afterKey OR e.id > $afterId
    WITH e ORDER BY e.type, e.sortName, e.id LIMIT toInteger($limit)
    RETURN e
  }
  WITH total, e ORDER BY e.sortName, e.id LIMIT toInteger($limit)
  RETURN total, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, e.sortName AS sortKey`;

export const FIND_NAME_PAGE_BY_TYPES_DESC_FIRST = /* cypher */ `
  CALL () {
    UNWIND $types AS ty
    RETURN sum(CASE ty
      WHEN 'Project' THEN COUNT { MATCH (:Project) }
      WHEN 'Network' THEN COUNT { MATCH (:Network) }
      WHEN 'Technique' THEN COUNT { MATCH (:Technique) }
      WHEN 'Concept' THEN COUNT { MATCH (:Concept) }
      WHEN 'Organization' THEN COUNT { MATCH (:Organization) }
      WHEN 'Person' THEN COUNT { MATCH (:Person) }
      WHEN 'Regulation' THEN COUNT { MATCH (:Regulation) }
      WHEN 'Initiative' THEN COUNT { MATCH (:Initiative) }
      WHEN 'UseCase' THEN COUNT { MATCH (:UseCase) }
      WHEN 'Challenge' THEN COUNT { MATCH (:Challenge) }
      ELSE 0 END) AS total
  }
  UNWIND $types AS ty
  CALL (ty) {
    MATCH (e:Entity) WHERE e.type = ty AND e.sortName IS NOT NULL AND e.id IS NOT NULL
    WITH e ORDER BY e.type DESC, e.sortName DESC, e.id DESC LIMIT toInteger($limit)
    RETURN e
  }
  WITH total, e ORDER BY e.sortName DESC, e.id DESC LIMIT toInteger($limit)
  RETURN total, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, e.sortName AS sortKey`;

export const FIND_NAME_PAGE_BY_TYPES_DESC_AFTER = /* cypher */ `
  CALL () {
    UNWIND $types AS ty
    RETURN sum(CASE ty
      WHEN 'Project' THEN COUNT { MATCH (:Project) }
      WHEN 'Network' THEN COUNT { MATCH (:Network) }
      WHEN 'Technique' THEN COUNT { MATCH (:Technique) }
      WHEN 'Concept' THEN COUNT { MATCH (:Concept) }
      WHEN 'Organization' THEN COUNT { MATCH (:Organization) }
      WHEN 'Person' THEN COUNT { MATCH (:Person) }
      WHEN 'Regulation' THEN COUNT { MATCH (:Regulation) }
      WHEN 'Initiative' THEN COUNT { MATCH (:Initiative) }
      WHEN 'UseCase' THEN COUNT { MATCH (:UseCase) }
      WHEN 'Challenge' THEN COUNT { MATCH (:Challenge) }
      ELSE 0 END) AS total
  }
  UNWIND $types AS ty
  CALL (ty) {
    MATCH (e:Entity) WHERE e.type = ty AND e.sortName <= $afterKey AND e.id IS NOT NULL
    WITH e WHERE e.sortName < $afterKey OR e.id < $afterId
    WITH e ORDER BY e.type DESC, e.sortName DESC, e.id DESC LIMIT toInteger($limit)
    RETURN e
  }
  WITH total, e ORDER BY e.sortName DESC, e.id DESC LIMIT toInteger($limit)
  RETURN total, e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, e.sortName AS sortKey`;

/** The name-order statement for a page: by type or not, ascending or not, first page or after a cursor. */
function namePageStatement(byTypes: boolean, descending: boolean, first: boolean): string {
  if (byTypes) {
    if (descending) return first ? FIND_NAME_PAGE_BY_TYPES_DESC_FIRST : FIND_NAME_PAGE_BY_TYPES_DESC_AFTER;
    return first ? FIND_NAME_PAGE_BY_TYPES_ASC_FIRST : FIND_NAME_PAGE_BY_TYPES_ASC_AFTER;
  }
  if (descending) return first ? FIND_NAME_PAGE_DESC_FIRST : FIND_NAME_PAGE_DESC_AFTER;
  return first ? FIND_NAME_PAGE_ASC_FIRST : FIND_NAME_PAGE_ASC_AFTER;
}

/** True when the filter is at most a type list: the indexed name order and the count store serve it. */
function typeOnly(f: EntityFilter): boolean {
  return [f.nameKey, f.contains, f.startsWith, f.discovered, f.articleId, f.related].every((v) => v === null || v === undefined);
}

export type EntityOrderField = 'NAME' | 'CONNECTIONS';

/** Filters of the entity list; null or absent means "any". */
export interface EntityFilter {
  types?: EntityType[] | null;
  /** `nameKey()` of a name or alias that must match exactly (variant-insensitive). */
  nameKey?: string | null;
  /** Lower-case substring / prefix of the name. */
  contains?: string | null;
  startsWith?: string | null;
  discovered?: boolean | null;
  articleId?: string | null;
  related?: { to: string; types: RelationType[]; direction: 'OUT' | 'IN' | 'BOTH' } | null;
}

export interface EntityPageRequest {
  filter: EntityFilter;
  orderField: EntityOrderField;
  descending: boolean;
  /** Keyset position: the sort key and id of the last entity of the previous page. */
  after: { key: string | number; id: string } | null;
  limit: number;
}

function filterParams(f: EntityFilter): Record<string, unknown> {
  return {
    types: f.types ?? null,
    nameKey: f.nameKey ?? null,
    contains: f.contains ?? null,
    startsWith: f.startsWith ?? null,
    discovered: f.discovered ?? null,
    articleId: f.articleId ?? null,
    relatedTo: f.related?.to ?? null,
    relationTypes: f.related?.types ?? [],
    relationDirection: f.related?.direction ?? 'BOTH',
  };
}

export interface EntityPageRow {
  entity: Entity;
  sortKey: string | number;
}

/** True when the indexed name order serves the page (and the count store its total). */
function fastPath(req: EntityPageRequest): boolean {
  return req.orderField === 'NAME' && typeOnly(req.filter) && (req.after === null || typeof req.after.key === 'string');
}

export function createEntityRepository(db: Db) {
  const findPage = async (req: EntityPageRequest): Promise<{ rows: EntityPageRow[]; total: number | null }> => {
    let total: number | null = null;
    const map = (row: Row): EntityPageRow => {
      if (row.total !== undefined) total = Number(row.total);
      return { entity: toEntity(row.entity), sortKey: row.sortKey as string | number };
    };
    if (fastPath(req)) {
      const types = req.filter.types ? [...new Set(req.filter.types)] : null;
      const query = namePageStatement(types !== null, req.descending, req.after === null);
      const rows = await db.read(query, { types, afterKey: req.after?.key ?? null, afterId: req.after?.id ?? null, limit: req.limit }, map);
      return { rows, total };
    }
    const rows = await db.read(
      req.descending ? FIND_ENTITIES_DESC : FIND_ENTITIES_ASC,
      { ...filterParams(req.filter), orderField: req.orderField, afterKey: req.after?.key ?? null, afterId: req.after?.id ?? null, limit: req.limit },
      map,
    );
    return { rows, total: null };
  };
  const count = async (filter: EntityFilter): Promise<number> => {
    const [query, params] = typeOnly(filter) ? (filter.types ? [COUNT_BY_TYPES, { types: [...new Set(filter.types)] }] : [COUNT_ALL, {}]) : [COUNT_ENTITIES, filterParams(filter)];
    const [row] = await db.read(query, params, (r) => Number(r.total));
    return row ?? 0;
  };
  return {
    /** Entities with the given ids, in no particular order; unknown ids are absent. */
    findByIds: (ids: readonly string[]) => db.read(FIND_ENTITIES_BY_IDS, { ids }, (row) => toEntity(row.entity)),
    /** For each key, the best entity whose name or alias has that `nameKey`; keys without one are absent. */
    findByNameKeys: (keys: readonly string[]) => db.read(FIND_ENTITIES_BY_NAME_KEYS, { keys }, (row) => ({ key: String(row.key), entity: toEntity(row.entity) })),
    /** One keyset page of entities with their sort keys (for cursors), `limit` rows at most. */
    findPage: async (req: EntityPageRequest) => (await findPage(req)).rows,
    /**
     * A page and the number of entities matching the filter on all pages: in one statement where the
     * indexed name order serves the page, else two at once.
     */
    findPageWithTotal: async (req: EntityPageRequest): Promise<{ rows: EntityPageRow[]; total: number }> => {
      const [found, total] = await Promise.all([findPage(req), fastPath(req) ? null : count(req.filter)]);
      return { rows: found.rows, total: total ?? found.total ?? (await count(req.filter)) };
    },
    count,
  };
}
export type EntityRepository = ReturnType<typeof createEntityRepository>;
export type { Entity };
