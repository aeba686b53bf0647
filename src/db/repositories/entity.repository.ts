import type { Entity } from '../../domain/graph';
import type { EntityType, RelationType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import { ENTITY_FIELDS, toEntity } from './mappers';

const FIND_ENTITIES_BY_IDS = /* cypher */ `
  MATCH (e:Entity) WHERE e.id IN $ids
  RETURN e { ${ENTITY_FIELDS} } AS entity`;

// Catalog entities first, then the entity whose own name (not an alias) has the key.
const FIND_ENTITIES_BY_NAME_KEYS = /* cypher */ `
  UNWIND $keys AS key
  MATCH (e:Entity) WHERE key IN e.nameKeys
  WITH key, e ORDER BY e.discovered, CASE WHEN e.nameKeys[0] = key THEN 0 ELSE 1 END, e.id
  WITH key, collect(e)[0] AS e
  RETURN key, e { ${ENTITY_FIELDS} } AS entity`;

/** Shared WHERE of the entity list and its count; every filter is a `$param IS NULL OR …` guard. */
const ENTITY_FILTER = /* cypher */ `
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
    })`;

const SORT_KEY = /* cypher */ `
  WITH e, CASE $orderField
    WHEN 'CONNECTIONS' THEN COUNT { (e)-[]-(:Entity) }
    ELSE toLower(e.name) END AS sortKey`;

const FIND_ENTITIES_ASC = /* cypher */ `
  MATCH (e:Entity) ${ENTITY_FILTER}
  ${SORT_KEY}
  WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND e.id > $afterId)
  RETURN e { ${ENTITY_FIELDS} } AS entity, sortKey
  ORDER BY sortKey, e.id
  LIMIT toInteger($limit)`;

const FIND_ENTITIES_DESC = /* cypher */ `
  MATCH (e:Entity) ${ENTITY_FILTER}
  ${SORT_KEY}
  WHERE $afterId IS NULL OR sortKey < $afterKey OR (sortKey = $afterKey AND e.id < $afterId)
  RETURN e { ${ENTITY_FIELDS} } AS entity, sortKey
  ORDER BY sortKey DESC, e.id DESC
  LIMIT toInteger($limit)`;

const COUNT_ENTITIES = /* cypher */ `
  MATCH (e:Entity) ${ENTITY_FILTER}
  RETURN count(e) AS total`;

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

export function createEntityRepository(db: Db) {
  return {
    /** Entities with the given ids, in no particular order; unknown ids are absent. */
    findByIds: (ids: readonly string[]) => db.read(FIND_ENTITIES_BY_IDS, { ids }, (row) => toEntity(row.entity)),
    /** For each key, the best entity whose name or alias has that `nameKey`; keys without one are absent. */
    findByNameKeys: (keys: readonly string[]) =>
      db.read(FIND_ENTITIES_BY_NAME_KEYS, { keys }, (row) => ({ key: String(row.key), entity: toEntity(row.entity) })),
    /** One keyset page of entities with their sort keys (for cursors), `limit` rows at most. */
    findPage: (req: EntityPageRequest) =>
      db.read(
        req.descending ? FIND_ENTITIES_DESC : FIND_ENTITIES_ASC,
        {
          ...filterParams(req.filter),
          orderField: req.orderField,
          afterKey: req.after?.key ?? null,
          afterId: req.after?.id ?? null,
          limit: req.limit,
        },
        (row) => ({ entity: toEntity(row.entity), sortKey: row.sortKey as string | number }),
      ),
    count: async (filter: EntityFilter): Promise<number> => {
      const [row] = await db.read(COUNT_ENTITIES, filterParams(filter), (r) => Number(r.total));
      return row ?? 0;
    },
  };
}
export type EntityRepository = ReturnType<typeof createEntityRepository>;
export type { Entity };
