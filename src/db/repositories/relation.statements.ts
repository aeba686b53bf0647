// Every statement of the relation repository, written out whole. Relation types are spelled out where
// the degree store or a typed expansion needs them as tokens; tests/unit/db/statements.test.ts lists every
// statement and checks those lists against the vocabulary.

/**
 * Per entity of `$ids`, one page of its relations in the directions (`$direction`: IN, OUT or BOTH) and
 * `$types` asked for, without reading the others: relations sort by `direction|type|other id` (also the
 * keyset cursor `$after`), so a page is drawn from a few (direction, type) groups. Group sizes come from
 * the degree store (constant time on dense nodes); only the groups the page can reach are expanded, one
 * branch per type (planning a union costs more than linearly in its branches), the direction checked
 * right after the expansion. `total` counts all of them; `items` holds `$limit` at most, in cursor order.
 */
export const FIND_RELATIONS_OF_ENTITIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WITH e, [g IN [{dir: 'IN', type: 'ADDRESSES', key: 'IN|ADDRESSES', n: COUNT { (e)<-[:ADDRESSES]-() }},
    {dir: 'IN', type: 'ALTERNATIVE_TO', key: 'IN|ALTERNATIVE_TO', n: COUNT { (e)<-[:ALTERNATIVE_TO]-() }},
    {dir: 'IN', type: 'BUILT_ON', key: 'IN|BUILT_ON', n: COUNT { (e)<-[:BUILT_ON]-() }},
    {dir: 'IN', type: 'COMBINES', key: 'IN|COMBINES', n: COUNT { (e)<-[:COMBINES]-() }},
    {dir: 'IN', type: 'DEVELOPED_BY', key: 'IN|DEVELOPED_BY', n: COUNT { (e)<-[:DEVELOPED_BY]-() }},
    {dir: 'IN', type: 'ENABLES', key: 'IN|ENABLES', n: COUNT { (e)<-[:ENABLES]-() }},
    {dir: 'IN', type: 'FORMERLY_KNOWN_AS', key: 'IN|FORMERLY_KNOWN_AS', n: COUNT { (e)<-[:FORMERLY_KNOWN_AS]-() }},
    {dir: 'IN', type: 'IS_A', key: 'IN|IS_A', n: COUNT { (e)<-[:IS_A]-() }},
    {dir: 'IN', type: 'PART_OF', key: 'IN|PART_OF', n: COUNT { (e)<-[:PART_OF]-() }},
    {dir: 'IN', type: 'PROPOSED_BY', key: 'IN|PROPOSED_BY', n: COUNT { (e)<-[:PROPOSED_BY]-() }},
    {dir: 'IN', type: 'USES', key: 'IN|USES', n: COUNT { (e)<-[:USES]-() }},
    {dir: 'OUT', type: 'ADDRESSES', key: 'OUT|ADDRESSES', n: COUNT { (e)-[:ADDRESSES]->() }},
    {dir: 'OUT', type: 'ALTERNATIVE_TO', key: 'OUT|ALTERNATIVE_TO', n: COUNT { (e)-[:ALTERNATIVE_TO]->() }},
    {dir: 'OUT', type: 'BUILT_ON', key: 'OUT|BUILT_ON', n: COUNT { (e)-[:BUILT_ON]->() }},
    {dir: 'OUT', type: 'COMBINES', key: 'OUT|COMBINES', n: COUNT { (e)-[:COMBINES]->() }},
    {dir: 'OUT', type: 'DEVELOPED_BY', key: 'OUT|DEVELOPED_BY', n: COUNT { (e)-[:DEVELOPED_BY]->() }},
    {dir: 'OUT', type: 'ENABLES', key: 'OUT|ENABLES', n: COUNT { (e)-[:ENABLES]->() }},
    {dir: 'OUT', type: 'FORMERLY_KNOWN_AS', key: 'OUT|FORMERLY_KNOWN_AS', n: COUNT { (e)-[:FORMERLY_KNOWN_AS]->() }},
    {dir: 'OUT', type: 'IS_A', key: 'OUT|IS_A', n: COUNT { (e)-[:IS_A]->() }},
    {dir: 'OUT', type: 'PART_OF', key: 'OUT|PART_OF', n: COUNT { (e)-[:PART_OF]->() }},
    {dir: 'OUT', type: 'PROPOSED_BY', key: 'OUT|PROPOSED_BY', n: COUNT { (e)-[:PROPOSED_BY]->() }},
    {dir: 'OUT', type: 'USES', key: 'OUT|USES', n: COUNT { (e)-[:USES]->() }}]
    WHERE g.n > 0 AND g.type IN $types AND ($direction = 'BOTH' OR g.dir = $direction)] AS groups,
    CASE WHEN $after IS NULL THEN null ELSE split($after, '|')[0] + '|' + split($after, '|')[1] END AS afterGroup
  WITH e, groups, afterGroup, [g IN groups WHERE afterGroup IS NULL OR g.key >= afterGroup] AS rest
  WITH e, reduce(n = 0, g IN groups | n + g.n) AS total,
    [i IN range(0, size(rest) - 1)
      WHERE reduce(n = 0, g IN rest[..i] | n + CASE WHEN g.key = afterGroup THEN 0 ELSE g.n END) < $limit | rest[i].key] AS selected
  CALL (e, selected) {
    WITH e, selected, [key IN selected | split(key, '|')[1]] AS selectedTypes
    CALL (e, selected, selectedTypes) {
      MATCH (e)-[r:ADDRESSES]-(o) WHERE 'ADDRESSES' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|ADDRESSES' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:ALTERNATIVE_TO]-(o) WHERE 'ALTERNATIVE_TO' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|ALTERNATIVE_TO' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:BUILT_ON]-(o) WHERE 'BUILT_ON' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|BUILT_ON' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:COMBINES]-(o) WHERE 'COMBINES' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|COMBINES' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:DEVELOPED_BY]-(o) WHERE 'DEVELOPED_BY' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|DEVELOPED_BY' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:ENABLES]-(o) WHERE 'ENABLES' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|ENABLES' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:FORMERLY_KNOWN_AS]-(o) WHERE 'FORMERLY_KNOWN_AS' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|FORMERLY_KNOWN_AS' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:IS_A]-(o) WHERE 'IS_A' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|IS_A' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:PART_OF]-(o) WHERE 'PART_OF' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|PART_OF' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:PROPOSED_BY]-(o) WHERE 'PROPOSED_BY' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|PROPOSED_BY' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:USES]-(o) WHERE 'USES' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|USES' IN selected
        RETURN r, o, dir
    }
    WITH r, o, dir, dir + '|' + type(r) + '|' + o.id AS sortKey
    WHERE $after IS NULL OR sortKey > $after
    WITH r, o, dir, sortKey ORDER BY sortKey LIMIT toInteger($limit)
    WITH r, o, dir, sortKey,
      CASE dir WHEN 'OUT' THEN e.id + '|' + type(r) + '|' + o.id ELSE o.id + '|' + type(r) + '|' + e.id END AS relKey
    RETURN collect({
      direction: dir, type: type(r), other: o { .id, .name, .type, .aliases, .description, .discovered, .confidence },
      relKey: relKey,
      confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: sortKey
    }) AS items
  }
  RETURN e.id AS entityId, total, items`;

/**
 * FIND_RELATIONS_OF_ENTITIES keeping only the relations whose confidence is at least `$minConfidence`
 * (one without a confidence counts as 0): `relations(minConfidence: …)`, `uses(minConfidence: …)`. The
 * degree store counts relationships, not their properties, so every relation of `$types` in `$direction`
 * is read: once to count `total`, once for the page after `$after`, in the same cursor order.
 */
export const FIND_RELATIONS_OF_ENTITIES_MIN_CONFIDENCE = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  CALL (e) {
    MATCH (e)-[r]-(o)
    WHERE type(r) IN $types AND coalesce(r.confidence, 0) >= $minConfidence
    WITH r, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir
    WHERE $direction = 'BOTH' OR dir = $direction
    RETURN count(r) AS total
  }
  CALL (e) {
    MATCH (e)-[r]-(o)
    WHERE type(r) IN $types AND coalesce(r.confidence, 0) >= $minConfidence
    WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir
    WHERE $direction = 'BOTH' OR dir = $direction
    WITH r, o, dir, dir + '|' + type(r) + '|' + o.id AS sortKey
    WHERE $after IS NULL OR sortKey > $after
    WITH r, o, dir, sortKey ORDER BY sortKey LIMIT toInteger($limit)
    WITH r, o, dir, sortKey,
      CASE dir WHEN 'OUT' THEN e.id + '|' + type(r) + '|' + o.id ELSE o.id + '|' + type(r) + '|' + e.id END AS relKey
    RETURN collect({
      direction: dir, type: type(r), other: o { .id, .name, .type, .aliases, .description, .discovered, .confidence },
      relKey: relKey,
      confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: sortKey
    }) AS items
  }
  RETURN e.id AS entityId, total, items`;

/**
 * The entity `$id` names (else the best entity with name key `$key`: catalog before discovered, own name
 * before alias) with one page of its relations as in FIND_RELATIONS_OF_ENTITIES, and, when `$withEvidence`,
 * the first `$evidenceLimit` pieces of evidence of every relation on the page (with their articles when
 * `$withArticles`): one round trip for `entity(…) { relations { … evidence } }`.
 */
export const FIND_ENTITY_WITH_RELATIONS = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    WITH $key AS key WHERE key IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS t
    WITH key, t WHERE key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = key THEN 0 ELSE 1 END AS rank
  }
  WITH t AS e ORDER BY rank, t.id LIMIT 1
  WITH e, [g IN [{dir: 'IN', type: 'ADDRESSES', key: 'IN|ADDRESSES', n: COUNT { (e)<-[:ADDRESSES]-() }},
    {dir: 'IN', type: 'ALTERNATIVE_TO', key: 'IN|ALTERNATIVE_TO', n: COUNT { (e)<-[:ALTERNATIVE_TO]-() }},
    {dir: 'IN', type: 'BUILT_ON', key: 'IN|BUILT_ON', n: COUNT { (e)<-[:BUILT_ON]-() }},
    {dir: 'IN', type: 'COMBINES', key: 'IN|COMBINES', n: COUNT { (e)<-[:COMBINES]-() }},
    {dir: 'IN', type: 'DEVELOPED_BY', key: 'IN|DEVELOPED_BY', n: COUNT { (e)<-[:DEVELOPED_BY]-() }},
    {dir: 'IN', type: 'ENABLES', key: 'IN|ENABLES', n: COUNT { (e)<-[:ENABLES]-() }},
    {dir: 'IN', type: 'FORMERLY_KNOWN_AS', key: 'IN|FORMERLY_KNOWN_AS', n: COUNT { (e)<-[:FORMERLY_KNOWN_AS]-() }},
    {dir: 'IN', type: 'IS_A', key: 'IN|IS_A', n: COUNT { (e)<-[:IS_A]-() }},
    {dir: 'IN', type: 'PART_OF', key: 'IN|PART_OF', n: COUNT { (e)<-[:PART_OF]-() }},
    {dir: 'IN', type: 'PROPOSED_BY', key: 'IN|PROPOSED_BY', n: COUNT { (e)<-[:PROPOSED_BY]-() }},
    {dir: 'IN', type: 'USES', key: 'IN|USES', n: COUNT { (e)<-[:USES]-() }},
    {dir: 'OUT', type: 'ADDRESSES', key: 'OUT|ADDRESSES', n: COUNT { (e)-[:ADDRESSES]->() }},
    {dir: 'OUT', type: 'ALTERNATIVE_TO', key: 'OUT|ALTERNATIVE_TO', n: COUNT { (e)-[:ALTERNATIVE_TO]->() }},
    {dir: 'OUT', type: 'BUILT_ON', key: 'OUT|BUILT_ON', n: COUNT { (e)-[:BUILT_ON]->() }},
    {dir: 'OUT', type: 'COMBINES', key: 'OUT|COMBINES', n: COUNT { (e)-[:COMBINES]->() }},
    {dir: 'OUT', type: 'DEVELOPED_BY', key: 'OUT|DEVELOPED_BY', n: COUNT { (e)-[:DEVELOPED_BY]->() }},
    {dir: 'OUT', type: 'ENABLES', key: 'OUT|ENABLES', n: COUNT { (e)-[:ENABLES]->() }},
    {dir: 'OUT', type: 'FORMERLY_KNOWN_AS', key: 'OUT|FORMERLY_KNOWN_AS', n: COUNT { (e)-[:FORMERLY_KNOWN_AS]->() }},
    {dir: 'OUT', type: 'IS_A', key: 'OUT|IS_A', n: COUNT { (e)-[:IS_A]->() }},
    {dir: 'OUT', type: 'PART_OF', key: 'OUT|PART_OF', n: COUNT { (e)-[:PART_OF]->() }},
    {dir: 'OUT', type: 'PROPOSED_BY', key: 'OUT|PROPOSED_BY', n: COUNT { (e)-[:PROPOSED_BY]->() }},
    {dir: 'OUT', type: 'USES', key: 'OUT|USES', n: COUNT { (e)-[:USES]->() }}]
    WHERE g.n > 0 AND g.type IN $types AND ($direction = 'BOTH' OR g.dir = $direction)] AS groups,
    CASE WHEN $after IS NULL THEN null ELSE split($after, '|')[0] + '|' + split($after, '|')[1] END AS afterGroup
  WITH e, groups, afterGroup, [g IN groups WHERE afterGroup IS NULL OR g.key >= afterGroup] AS rest
  WITH e, reduce(n = 0, g IN groups | n + g.n) AS total,
    [i IN range(0, size(rest) - 1)
      WHERE reduce(n = 0, g IN rest[..i] | n + CASE WHEN g.key = afterGroup THEN 0 ELSE g.n END) < $limit | rest[i].key] AS selected
  CALL (e, selected) {
    WITH e, selected, [key IN selected | split(key, '|')[1]] AS selectedTypes
    CALL (e, selected, selectedTypes) {
      MATCH (e)-[r:ADDRESSES]-(o) WHERE 'ADDRESSES' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|ADDRESSES' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:ALTERNATIVE_TO]-(o) WHERE 'ALTERNATIVE_TO' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|ALTERNATIVE_TO' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:BUILT_ON]-(o) WHERE 'BUILT_ON' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|BUILT_ON' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:COMBINES]-(o) WHERE 'COMBINES' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|COMBINES' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:DEVELOPED_BY]-(o) WHERE 'DEVELOPED_BY' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|DEVELOPED_BY' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:ENABLES]-(o) WHERE 'ENABLES' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|ENABLES' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:FORMERLY_KNOWN_AS]-(o) WHERE 'FORMERLY_KNOWN_AS' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|FORMERLY_KNOWN_AS' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:IS_A]-(o) WHERE 'IS_A' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|IS_A' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:PART_OF]-(o) WHERE 'PART_OF' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|PART_OF' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:PROPOSED_BY]-(o) WHERE 'PROPOSED_BY' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|PROPOSED_BY' IN selected
        RETURN r, o, dir
      UNION ALL
      MATCH (e)-[r:USES]-(o) WHERE 'USES' IN selectedTypes
        WITH r, o, CASE WHEN startNode(r) = e THEN 'OUT' ELSE 'IN' END AS dir WHERE dir + '|USES' IN selected
        RETURN r, o, dir
    }
    WITH r, o, dir, dir + '|' + type(r) + '|' + o.id AS sortKey
    WHERE $after IS NULL OR sortKey > $after
    WITH r, o, dir, sortKey ORDER BY sortKey LIMIT toInteger($limit)
    WITH r, o, dir, sortKey,
      CASE dir WHEN 'OUT' THEN e.id + '|' + type(r) + '|' + o.id ELSE o.id + '|' + type(r) + '|' + e.id END AS relKey
    RETURN collect({
      direction: dir, type: type(r), other: o { .id, .name, .type, .aliases, .description, .discovered, .confidence },
      relKey: relKey,
      confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: sortKey,
      evidence: CASE WHEN $withEvidence THEN COLLECT {
        MATCH (ev:Evidence {relKey: relKey})
        WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
        OPTIONAL MATCH (a:Article {id: ev.articleId}) WHERE $withArticles
        RETURN {
          evidence: ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence },
          article: a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }
        } AS found
        ORDER BY ev.confidence DESC, ev.articleId, ev.start
      } ELSE null END
    }) AS items
  }
  RETURN e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity, total, items`;

/**
 * FIND_RELATIONS_OF_ENTITIES for the first page of one direction of USES (`$direction`: IN or OUT; `uses`,
 * `usedBy` and `relations(types: [USES], direction: …)`): the same page, by the other entity's id, from
 * one typed expansion instead of eleven branches and twenty-two group sizes. The users of an entity (IN)
 * come in id order from the `uses_by_object_subject_id` index (the relationships' copies of their ends'
 * ids), so a dense entity's first page reads its own rows and not every user.
 */
export const FIND_USES_OF_ENTITIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  CALL (e) {
    CALL (e) {
      MATCH (o:Entity)-[r:USES]->() USING INDEX r:USES(objectId, subjectId)
      WHERE r.objectId = CASE $direction WHEN 'IN' THEN e.id END AND r.subjectId IS NOT NULL
      WITH r, o ORDER BY r.objectId, r.subjectId LIMIT toInteger($limit)
      RETURN r, o, 'IN' AS dir
      UNION ALL
      MATCH (e)-[r:USES]->(o:Entity) WHERE $direction = 'OUT'
      WITH r, o ORDER BY o.id LIMIT toInteger($limit)
      RETURN r, o, 'OUT' AS dir
    }
    WITH r, o, dir ORDER BY o.id LIMIT toInteger($limit)
    WITH r, o, dir, CASE dir WHEN 'OUT' THEN e.id + '|USES|' + o.id ELSE o.id + '|USES|' + e.id END AS relKey
    RETURN collect({
      direction: dir, type: 'USES', other: o { .id, .name, .type, .aliases, .description, .discovered, .confidence }, relKey: relKey,
      confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: dir + '|USES|' + o.id
    }) AS items
  }
  RETURN e.id AS entityId, CASE $direction WHEN 'IN' THEN COUNT { (e)<-[:USES]-() } ELSE COUNT { (e)-[:USES]->() } END AS total, items`;

/**
 * FIND_USES_OF_ENTITIES with, for every entity on each page, its own first page of one direction of USES
 * (`$nextDirection`, `$nextLimit`) under `next`: `uses { uses }` and the like in one round trip.
 */
export const FIND_USES_OF_ENTITIES_TWO_LEVELS = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  CALL (e) {
    CALL (e) {
      MATCH (o:Entity)-[r:USES]->() USING INDEX r:USES(objectId, subjectId)
      WHERE r.objectId = CASE $direction WHEN 'IN' THEN e.id END AND r.subjectId IS NOT NULL
      WITH r, o ORDER BY r.objectId, r.subjectId LIMIT toInteger($limit)
      RETURN r, o, 'IN' AS dir
      UNION ALL
      MATCH (e)-[r:USES]->(o:Entity) WHERE $direction = 'OUT'
      WITH r, o ORDER BY o.id LIMIT toInteger($limit)
      RETURN r, o, 'OUT' AS dir
    }
    WITH r, o, dir ORDER BY o.id LIMIT toInteger($limit)
    CALL (o) {
      CALL (o) {
        MATCH (p:Entity)-[r:USES]->() USING INDEX r:USES(objectId, subjectId)
        WHERE r.objectId = CASE $nextDirection WHEN 'IN' THEN o.id END AND r.subjectId IS NOT NULL
        WITH r, p ORDER BY r.objectId, r.subjectId LIMIT toInteger($nextLimit)
        RETURN r, p, 'IN' AS dir
        UNION ALL
        MATCH (o)-[r:USES]->(p:Entity) WHERE $nextDirection = 'OUT'
        WITH r, p ORDER BY p.id LIMIT toInteger($nextLimit)
        RETURN r, p, 'OUT' AS dir
      }
      WITH r, p, dir ORDER BY p.id LIMIT toInteger($nextLimit)
      WITH r, p, dir, CASE dir WHEN 'OUT' THEN o.id + '|USES|' + p.id ELSE p.id + '|USES|' + o.id END AS relKey
      RETURN collect({
        direction: dir, type: 'USES', other: p { .id, .name, .type, .aliases, .description, .discovered, .confidence }, relKey: relKey,
        confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: dir + '|USES|' + p.id
      }) AS nextItems
    }
    WITH r, o, dir, nextItems, CASE dir WHEN 'OUT' THEN e.id + '|USES|' + o.id ELSE o.id + '|USES|' + e.id END AS relKey
    ORDER BY o.id
    RETURN collect({
      direction: dir, type: 'USES', other: o { .id, .name, .type, .aliases, .description, .discovered, .confidence }, relKey: relKey,
      confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: dir + '|USES|' + o.id,
      next: {
        total: CASE $nextDirection WHEN 'IN' THEN COUNT { (o)<-[:USES]-() } ELSE COUNT { (o)-[:USES]->() } END,
        items: nextItems
      }
    }) AS items
  }
  RETURN e.id AS entityId, CASE $direction WHEN 'IN' THEN COUNT { (e)<-[:USES]-() } ELSE COUNT { (e)-[:USES]->() } END AS total, items`;

/** FIND_ENTITY_WITH_RELATIONS for the first page of one direction of USES, as FIND_USES_OF_ENTITIES reads it. */
export const FIND_ENTITY_WITH_USES = /* cypher */ `
  CALL () {
    MATCH (t:Entity {id: $id}) RETURN t, 0 AS rank
    UNION ALL
    WITH $key AS key WHERE key IS NOT NULL
    CALL db.index.fulltext.queryNodes('entity_name_key', '"' + key + '"') YIELD node AS t
    WITH key, t WHERE key IN t.nameKeys
    RETURN t, CASE t.discovered WHEN false THEN 1 WHEN true THEN 3 ELSE 5 END
              + CASE WHEN t.nameKeys[0] = key THEN 0 ELSE 1 END AS rank
  }
  WITH t AS e ORDER BY rank, t.id LIMIT 1
  CALL (e) {
    CALL (e) {
      MATCH (o:Entity)-[r:USES]->() USING INDEX r:USES(objectId, subjectId)
      WHERE r.objectId = CASE $direction WHEN 'IN' THEN e.id END AND r.subjectId IS NOT NULL
      WITH r, o ORDER BY r.objectId, r.subjectId LIMIT toInteger($limit)
      RETURN r, o, 'IN' AS dir
      UNION ALL
      MATCH (e)-[r:USES]->(o:Entity) WHERE $direction = 'OUT'
      WITH r, o ORDER BY o.id LIMIT toInteger($limit)
      RETURN r, o, 'OUT' AS dir
    }
    WITH r, o, dir ORDER BY o.id LIMIT toInteger($limit)
    WITH r, o, dir, CASE dir WHEN 'OUT' THEN e.id + '|USES|' + o.id ELSE o.id + '|USES|' + e.id END AS relKey
    RETURN collect({
      direction: dir, type: 'USES', other: o { .id, .name, .type, .aliases, .description, .discovered, .confidence }, relKey: relKey,
      confidence: r.confidence, evidenceCount: r.evidenceCount, sortKey: dir + '|USES|' + o.id,
      evidence: CASE WHEN $withEvidence THEN COLLECT {
        MATCH (ev:Evidence {relKey: relKey})
        WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
        OPTIONAL MATCH (a:Article {id: ev.articleId}) WHERE $withArticles
        RETURN {
          evidence: ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence },
          article: a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }
        } AS found
        ORDER BY ev.confidence DESC, ev.articleId, ev.start
      } ELSE null END
    }) AS items
  }
  RETURN e { .id, .name, .type, .aliases, .description, .discovered, .confidence } AS entity,
    CASE $direction WHEN 'IN' THEN COUNT { (e)<-[:USES]-() } ELSE COUNT { (e)-[:USES]->() } END AS total, items`;

/** The first `$evidenceLimit` pieces of evidence of each relation key, strongest first, with their articles. */
export const FIND_EVIDENCE_BY_REL_KEYS = /* cypher */ `
  UNWIND $keys AS key
  UNWIND COLLECT {
    MATCH (ev:Evidence {relKey: key})
    WITH ev ORDER BY ev.confidence DESC, ev.articleId, ev.start LIMIT toInteger($evidenceLimit)
    OPTIONAL MATCH (a:Article {id: ev.articleId})
    RETURN {
      evidence: ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence },
      article: a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }
    } AS found
    ORDER BY ev.confidence DESC, ev.articleId, ev.start
  } AS found
  RETURN found.evidence AS evidence, found.article AS article`;

/** The first `$limit` pieces of evidence each (relation key, article) pair has from that article, strongest first. */
export const FIND_EVIDENCE_IN_ARTICLES = /* cypher */ `
  UNWIND $pairs AS pair
  CALL (pair) {
    MATCH (ev:Evidence {relKey: pair.relKey}) WHERE ev.articleId = pair.articleId
    WITH ev ORDER BY ev.confidence DESC, ev.start LIMIT toInteger($limit)
    RETURN ev
  }
  RETURN ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence } AS evidence
  ORDER BY ev.confidence DESC, ev.articleId, ev.start`;

/**
 * Per entity, the first `$limit` articles (by id) that name it, each with its first `$occurrenceLimit`
 * occurrences and, where the graph keeps it as evidence, the sentence of each.
 */
export const FIND_MENTIONS_OF_ENTITIES = /* cypher */ `
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  CALL (e) {
    MATCH (a:Article)-[m:MENTIONS]->(e)
    WITH a, m ORDER BY a.id LIMIT toInteger($limit)
    RETURN a, m
  }
  RETURN e.id AS entityId, a.id AS articleId, m.count AS count,
    [i IN range(0, size(m.starts) - 1)[..toInteger($occurrenceLimit)] | {
      start: m.starts[i], end: m.ends[i], surface: m.surfaces[i],
      sentenceStart: m.sentenceStarts[i], sentenceEnd: m.sentenceEnds[i],
      sentence: head([(a)-[:HAS_EVIDENCE]->(ev:Evidence) WHERE ev.start = m.sentenceStarts[i] | ev.sentence])
    }] AS occurrences
  ORDER BY entityId, articleId`;
