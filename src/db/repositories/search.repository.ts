import { SearchField, type SearchHit } from '../../domain/graph';
import type { EntityType } from '../../domain/vocabulary';
import type { Db } from '../driver';
import { matchedField, searchWords, toLuceneQuery } from './fulltext';
import { toEntity, toEvidence } from './mappers';

// Both indexes in one round trip. Evidence hits name the relation's subject as their entity. Only the
// page is projected: the hits are ordered and cut on the nodes, then `$limit` rows become maps.
export const SEARCH_ENTITIES_AND_EVIDENCE = /* cypher */ `
  CALL () {
    CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: toInteger($fetch)}) YIELD node, score
    WITH node AS e, score WHERE $types IS NULL OR e.type IN $types
    RETURN e, null AS ev, score
    UNION ALL
    CALL db.index.fulltext.queryNodes('evidence_text', $query, {limit: toInteger($fetch)}) YIELD node, score
    MATCH (e:Entity {id: node.subjectId})
    WHERE $types IS NULL OR e.type IN $types
    RETURN e, node AS ev, score
  }
  WITH e, ev, score
  ORDER BY score DESC, e.id
  LIMIT toInteger($limit)
  RETURN e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity,
    ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence } AS evidence, score`;

// The entity index alone (names, aliases, descriptions), for search(evidence: false). Its hits are the
// entity hits of SEARCH_ENTITIES_AND_EVIDENCE in the same order: same index, `$fetch`, filter and order.
export const SEARCH_ENTITIES = /* cypher */ `
  CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: toInteger($fetch)}) YIELD node AS e, score
  WITH e, score WHERE $types IS NULL OR e.type IN $types
  ORDER BY score DESC, e.id
  LIMIT toInteger($limit)
  RETURN e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, score`;

export interface SearchQuery {
  text: string;
  types: EntityType[] | null;
  limit: number;
  /** Also match evidence sentences; false reads the entity index only. */
  evidence: boolean;
}

export function createSearchRepository(db: Db) {
  return {
    /**
     * Full-text hits over entity names, aliases and descriptions, and with `evidence` over evidence sentences,
     * best first. Empty when the text has no words.
     */
    search: async ({ text, types, limit, evidence: withEvidence }: SearchQuery): Promise<SearchHit[]> => {
      const query = toLuceneQuery(text);
      if (query === null) return [];
      const words = searchWords(text);
      const statement = withEvidence ? SEARCH_ENTITIES_AND_EVIDENCE : SEARCH_ENTITIES;
      return db.read(statement, { query, types, limit, fetch: limit * 4 }, (row) => {
        const entity = toEntity(row.entity);
        const evidence = row.evidence ? toEvidence(row.evidence) : null;
        return { entity, score: Number(row.score), evidence, field: evidence ? SearchField.EVIDENCE : matchedField(entity, words) };
      });
    },
  };
}
export type SearchRepository = ReturnType<typeof createSearchRepository>;
