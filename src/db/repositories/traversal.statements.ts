// Every statement of the traversal repository, written out whole. Only the vocabulary's relationship
// types connect entities (MENTIONS and HAS_EVIDENCE never do), so patterns list them; Cypher takes
// path length bounds only as literals (6 = MAX_TRAVERSAL_HOPS, 3 = MAX_NEIGHBORHOOD_DEPTH).
// tests/unit/db/statements.test.ts lists them all and checks the lists against the vocabulary.

/**
 * The entities connected to the start entity within `$maxHops` (at most 6) steps, by hop level, each with the
 * chain it is shown with. The start is `$id`, else the best entity with the name key `$key` (catalog before
 * discovered, own name before alias). A hop level `{h}` holds the entities whose shortest qualifying chain
 * (one with a `$relation` step, every step one of `$via`) has exactly h steps; levels run nearest first and
 * stop once `page` holds `$limit` entities, so the work follows the page, not every entity within reach.
 * Of an entity's shortest chains, the first by the ids of its nodes, then by its step types, is shown.
 * One row, so an unknown start (no row) differs from a start with no related entities (`found` empty).
 * Paths (`nodes`, `steps`) are projected only when `$withPath`.
 * IN: entities that reach the start (steps point towards it); nodes are listed from x.
 */
export const FIND_RELATED_IN = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    WITH $key AS key WHERE key IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS t
    WITH key, t WHERE key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = key THEN 0 ELSE 1 END AS rank
  }
  WITH t ORDER BY rank, t.id LIMIT 1
  WITH t, [] AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 1 <= $maxHops
    MATCH p = (x:Entity) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){1} (t)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 1, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 2 <= $maxHops
    MATCH p = (x:Entity) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){2} (t)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 2, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 3 <= $maxHops
    MATCH p = (x:Entity) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){3} (t)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 3, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 4 <= $maxHops
    MATCH p = (x:Entity) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){4} (t)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 4, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 5 <= $maxHops
    MATCH p = (x:Entity) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){5} (t)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 5, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 6 <= $maxHops
    MATCH p = (x:Entity) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){6} (t)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 6, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (page) {
    UNWIND page[..toInteger($limit)] AS f
    CALL (f) {
      UNWIND f.chains AS p
      RETURN p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)] LIMIT 1
    }
    WITH f.x AS x, f.hops AS hops, p ORDER BY hops, toLower(x.name), x.id
    RETURN collect({
      entity: x { .id, .name, .type, .aliases, .description, .discovered, .confidence }, hops: hops,
      nodes: CASE WHEN $withPath THEN [n IN nodes(p) | n { .id, .name, .type, .aliases, .description, .discovered, .confidence }] ELSE [] END,
      steps: CASE WHEN $withPath THEN [r IN relationships(p) | {
        subjectId: startNode(r).id, type: type(r), objectId: endNode(r).id,
        confidence: r.confidence, evidenceCount: r.evidenceCount,
        evidence: CASE WHEN $withEvidence THEN COLLECT {
          MATCH (ev:Evidence {relKey: startNode(r).id + '|' + type(r) + '|' + endNode(r).id})
          WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
          OPTIONAL MATCH (a:Article {id: ev.articleId}) WHERE $withArticles
          RETURN {
            evidence: ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence },
            article: a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }
          } AS found
          ORDER BY ev.confidence DESC, ev.articleId, ev.start
        } ELSE null END
      }] ELSE [] END
    }) AS found
  }
  RETURN t { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS start, found`;

/** As FIND_RELATED_IN, for the entities the start reaches; nodes are listed from the start. */
export const FIND_RELATED_OUT = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    WITH $key AS key WHERE key IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS t
    WITH key, t WHERE key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = key THEN 0 ELSE 1 END AS rank
  }
  WITH t ORDER BY rank, t.id LIMIT 1
  WITH t, [] AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 1 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){1} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 1, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 2 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){2} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 2, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 3 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){3} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 3, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 4 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){4} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 4, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 5 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){5} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 5, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 6 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]->()){6} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 6, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (page) {
    UNWIND page[..toInteger($limit)] AS f
    CALL (f) {
      UNWIND f.chains AS p
      RETURN p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)] LIMIT 1
    }
    WITH f.x AS x, f.hops AS hops, p ORDER BY hops, toLower(x.name), x.id
    RETURN collect({
      entity: x { .id, .name, .type, .aliases, .description, .discovered, .confidence }, hops: hops,
      nodes: CASE WHEN $withPath THEN [n IN nodes(p) | n { .id, .name, .type, .aliases, .description, .discovered, .confidence }] ELSE [] END,
      steps: CASE WHEN $withPath THEN [r IN relationships(p) | {
        subjectId: startNode(r).id, type: type(r), objectId: endNode(r).id,
        confidence: r.confidence, evidenceCount: r.evidenceCount,
        evidence: CASE WHEN $withEvidence THEN COLLECT {
          MATCH (ev:Evidence {relKey: startNode(r).id + '|' + type(r) + '|' + endNode(r).id})
          WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
          OPTIONAL MATCH (a:Article {id: ev.articleId}) WHERE $withArticles
          RETURN {
            evidence: ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence },
            article: a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }
          } AS found
          ORDER BY ev.confidence DESC, ev.articleId, ev.start
        } ELSE null END
      }] ELSE [] END
    }) AS found
  }
  RETURN t { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS start, found`;

/** As FIND_RELATED_IN, each step either way; nodes are listed from the start. */
export const FIND_RELATED_BOTH = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    WITH $key AS key WHERE key IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS t
    WITH key, t WHERE key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = key THEN 0 ELSE 1 END AS rank
  }
  WITH t ORDER BY rank, t.id LIMIT 1
  WITH t, [] AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 1 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]-()){1} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 1, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 2 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]-()){2} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 2, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 3 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]-()){3} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 3, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 4 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]-()){4} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 4, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 5 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]-()){5} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 5, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (t, page) {
    WITH t, [f IN page | f.x] AS seen WHERE size(page) < $limit AND 6 <= $maxHops
    MATCH p = (t) (()-[s:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES WHERE type(s) IN $via]-()){6} (x:Entity)
    WHERE x <> t AND any(r IN relationships(p) WHERE type(r) = $relation) AND NOT x IN seen
    WITH x, collect(p) AS chains ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({ x: x, hops: 6, chains: chains }) AS more
  }
  WITH t, page + more AS page
  CALL (page) {
    UNWIND page[..toInteger($limit)] AS f
    CALL (f) {
      UNWIND f.chains AS p
      RETURN p ORDER BY [n IN nodes(p) | n.id], [r IN relationships(p) | type(r)] LIMIT 1
    }
    WITH f.x AS x, f.hops AS hops, p ORDER BY hops, toLower(x.name), x.id
    RETURN collect({
      entity: x { .id, .name, .type, .aliases, .description, .discovered, .confidence }, hops: hops,
      nodes: CASE WHEN $withPath THEN [n IN nodes(p) | n { .id, .name, .type, .aliases, .description, .discovered, .confidence }] ELSE [] END,
      steps: CASE WHEN $withPath THEN [r IN relationships(p) | {
        subjectId: startNode(r).id, type: type(r), objectId: endNode(r).id,
        confidence: r.confidence, evidenceCount: r.evidenceCount,
        evidence: CASE WHEN $withEvidence THEN COLLECT {
          MATCH (ev:Evidence {relKey: startNode(r).id + '|' + type(r) + '|' + endNode(r).id})
          WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
          OPTIONAL MATCH (a:Article {id: ev.articleId}) WHERE $withArticles
          RETURN {
            evidence: ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence },
            article: a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }
          } AS found
          ORDER BY ev.confidence DESC, ev.articleId, ev.start
        } ELSE null END
      }] ELSE [] END
    }) AS found
  }
  RETURN t { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS start, found`;

/**
 * FIND_RELATED_IN when `$maxHops` is 1: the entities with a `$relation` relation to the start, by name. The
 * general statement collects the chains of every such entity; this one sorts the entities and builds the
 * 20 results' paths only. Users (`USES`) come in name order from the `uses_by_object_subject_sort_name`
 * index (the relationships' copies of their subject's sort name), so the page reads its own rows only.
 */
export const FIND_RELATED_ONE_HOP_IN = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    WITH $key AS key WHERE key IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS t
    WITH key, t WHERE key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = key THEN 0 ELSE 1 END AS rank
  }
  WITH t ORDER BY rank, t.id LIMIT 1
  CALL (t) {
    CALL (t) {
      MATCH (x:Entity)-[r:USES]->() USING INDEX r:USES(objectId, subjectSortName, subjectId)
      WHERE r.objectId = CASE $relation WHEN 'USES' THEN t.id END AND r.subjectSortName IS NOT NULL AND r.subjectId IS NOT NULL AND r.subjectId <> t.id
      WITH x, r ORDER BY r.objectId, r.subjectSortName, r.subjectId LIMIT toInteger($limit)
      RETURN x, r
      UNION ALL
      MATCH (t)<-[r:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES]-(x:Entity) WHERE $relation <> 'USES' AND type(r) = $relation AND x <> t
      WITH x, r ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
      RETURN x, r
    }
    WITH x, r ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({
      entity: x { .id, .name, .type, .aliases, .description, .discovered, .confidence }, hops: 1,
      nodes: CASE WHEN $withPath THEN [x { .id, .name, .type, .aliases, .description, .discovered, .confidence }, t { .id, .name, .type, .aliases, .description, .discovered, .confidence }] ELSE [] END,
      steps: CASE WHEN $withPath THEN [{
        subjectId: x.id, type: type(r), objectId: t.id,
        confidence: r.confidence, evidenceCount: r.evidenceCount,
        evidence: CASE WHEN $withEvidence THEN COLLECT {
          MATCH (ev:Evidence {relKey: x.id + '|' + type(r) + '|' + t.id})
          WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
          OPTIONAL MATCH (a:Article {id: ev.articleId}) WHERE $withArticles
          RETURN {
            evidence: ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence },
            article: a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }
          } AS found
          ORDER BY ev.confidence DESC, ev.articleId, ev.start
        } ELSE null END
      }] ELSE [] END
    }) AS found
  }
  RETURN t { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS start, found`;

/** FIND_RELATED_OUT when `$maxHops` is 1. */
export const FIND_RELATED_ONE_HOP_OUT = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    WITH $key AS key WHERE key IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS t
    WITH key, t WHERE key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = key THEN 0 ELSE 1 END AS rank
  }
  WITH t ORDER BY rank, t.id LIMIT 1
  CALL (t) {
    MATCH (t)-[r:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES]->(x:Entity) WHERE type(r) = $relation AND x <> t
    WITH x, r ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({
      entity: x { .id, .name, .type, .aliases, .description, .discovered, .confidence }, hops: 1,
      nodes: CASE WHEN $withPath THEN [t { .id, .name, .type, .aliases, .description, .discovered, .confidence }, x { .id, .name, .type, .aliases, .description, .discovered, .confidence }] ELSE [] END,
      steps: CASE WHEN $withPath THEN [{
        subjectId: t.id, type: type(r), objectId: x.id,
        confidence: r.confidence, evidenceCount: r.evidenceCount,
        evidence: CASE WHEN $withEvidence THEN COLLECT {
          MATCH (ev:Evidence {relKey: t.id + '|' + type(r) + '|' + x.id})
          WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
          OPTIONAL MATCH (a:Article {id: ev.articleId}) WHERE $withArticles
          RETURN {
            evidence: ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence },
            article: a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }
          } AS found
          ORDER BY ev.confidence DESC, ev.articleId, ev.start
        } ELSE null END
      }] ELSE [] END
    }) AS found
  }
  RETURN t { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS start, found`;

/** FIND_RELATED_BOTH when `$maxHops` is 1. */
export const FIND_RELATED_ONE_HOP_BOTH = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    WITH $key AS key WHERE key IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS t
    WITH key, t WHERE key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = key THEN 0 ELSE 1 END AS rank
  }
  WITH t ORDER BY rank, t.id LIMIT 1
  CALL (t) {
    MATCH (t)-[r:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES]-(x:Entity) WHERE type(r) = $relation AND x <> t
    // Both directions of the relation between t and x yield one result: the one t starts first.
    WITH x, r ORDER BY CASE WHEN startNode(r) = t THEN 0 ELSE 1 END
    WITH x, collect(r)[0] AS r
    WITH x, r ORDER BY toLower(x.name), x.id LIMIT toInteger($limit)
    RETURN collect({
      entity: x { .id, .name, .type, .aliases, .description, .discovered, .confidence }, hops: 1,
      nodes: CASE WHEN $withPath THEN [t { .id, .name, .type, .aliases, .description, .discovered, .confidence }, x { .id, .name, .type, .aliases, .description, .discovered, .confidence }] ELSE [] END,
      steps: CASE WHEN $withPath THEN [{
        subjectId: startNode(r).id, type: type(r), objectId: endNode(r).id,
        confidence: r.confidence, evidenceCount: r.evidenceCount,
        evidence: CASE WHEN $withEvidence THEN COLLECT {
          MATCH (ev:Evidence {relKey: startNode(r).id + '|' + type(r) + '|' + endNode(r).id})
          WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
          OPTIONAL MATCH (a:Article {id: ev.articleId}) WHERE $withArticles
          RETURN {
            evidence: ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence },
            article: a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }
          } AS found
          ORDER BY ev.confidence DESC, ev.articleId, ev.start
        } ELSE null END
      }] ELSE [] END
    }) AS found
  }
  RETURN t { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS start, found`;

/** The shortest paths (6 steps at most, then `$maxHops`) between two entities, ignoring edge direction. */
export const FIND_SHORTEST_PATHS = /* cypher */ `
  MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
  MATCH p = allShortestPaths((a)-[:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES*..6]-(b))
  WITH p WHERE length(p) <= $maxHops
  RETURN [n IN nodes(p) | n { .id, .name, .type, .aliases, .description, .discovered, .confidence }] AS nodes,
    [r IN relationships(p) | { subjectId: startNode(r).id, type: type(r), objectId: endNode(r).id,
    confidence: r.confidence, evidenceCount: r.evidenceCount }] AS steps
  LIMIT toInteger($limit)`;

/** The entities within `$depth` (at most 3) steps of `$id`, nearest first, `$limit` at most, and the edges among them. */
export const FIND_NEIGHBORHOOD = /* cypher */ `
  MATCH (c:Entity {id: $id})
  OPTIONAL MATCH p = ANY SHORTEST (c)-[:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES]-{1,3}(x:Entity)
  WITH c, x, length(p) AS d
  WHERE x IS NULL OR d <= $depth
  WITH c, x, d ORDER BY d, x.id
  WITH c, [n IN collect(x) WHERE n IS NOT NULL] AS found
  WITH c, found[..toInteger($limit)] AS nodes, size(found) > $limit AS truncated
  CALL (c, nodes) {
    WITH [c] + nodes AS inside
    UNWIND inside AS n
    MATCH (n)-[r:USES|BUILT_ON|IS_A|PART_OF|ENABLES|ADDRESSES|PROPOSED_BY|DEVELOPED_BY|FORMERLY_KNOWN_AS|ALTERNATIVE_TO|COMBINES]->(m:Entity) WHERE m IN inside
    RETURN collect({
      subject: n { .id, .name, .type, .aliases, .description, .discovered, .confidence }, type: type(r),
      object: m { .id, .name, .type, .aliases, .description, .discovered, .confidence },
      confidence: r.confidence, evidenceCount: r.evidenceCount
    }) AS edges
  }
  RETURN c { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS center,
    [n IN nodes | n { .id, .name, .type, .aliases, .description, .discovered, .confidence }] AS nodes, edges, truncated`;
