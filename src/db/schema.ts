import type { Db } from './driver';

/**
 * The entity properties derived from others, which every statement that writes `name` or `nameKeys`
 * sets in this text (`v` is the variable; tests/unit/db/statements.test.ts checks they spell it so).
 * `nameKeyText` holds the name keys for the `entity_name_key` full-text index (a range index cannot
 * look up one element of a list); `sortName` is the sort key of the name order, in the
 * `entity_sort_name` indexes so a page reads only its own rows.
 */
export const SET_DERIVED_ENTITY_PROPERTIES = (v: string) => `${v}.nameKeyText = reduce(s = '', k IN coalesce(${v}.nameKeys, []) | s + ' ' + k), ${v}.sortName = toLower(${v}.name)`;

/**
 * The copies of its ends every relationship between entities carries (`r` from `s` to `o`): `subjectId`,
 * `objectId` and the subject's `sortName` as `subjectSortName`, so the `uses_by_object_*` indexes hold the
 * users of an entity in id and in name order and a first page reads only its own rows. Ids never change;
 * every statement that writes an entity's name also rewrites `subjectSortName` on its outgoing
 * relationships (SYNC_SUBJECT_SORT_NAMES), which tests/unit/db/statements.test.ts checks.
 */
export const SET_RELATION_ENDS = (r: string, s: string, o: string) => `${r}.subjectId = ${s}.id, ${r}.objectId = ${o}.id, ${r}.subjectSortName = coalesce(${s}.sortName, toLower(${s}.name))`;

/** After `v`'s sortName is set: its outgoing relationships' copies of it (only those that differ are written). */
export const SYNC_SUBJECT_SORT_NAMES = (v: string) =>
  `CALL (${v}) { MATCH (${v})-[r]->(:Entity) WHERE r.subjectSortName IS NULL OR r.subjectSortName <> ${v}.sortName SET r.subjectSortName = ${v}.sortName }`;

/** Constraints and indexes of docs/GRAPH-MODEL.md; every statement is idempotent. */
export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (ev:Evidence) REQUIRE ev.id IS UNIQUE',
  'CREATE CONSTRAINT ingest_lock_name IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.name IS UNIQUE',
  'CREATE CONSTRAINT graph_version_name IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.name IS UNIQUE',
  "CREATE FULLTEXT INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON EACH [e.nameKeyText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}",
  'CREATE INDEX entity_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.sortName, e.id)',
  'CREATE INDEX entity_type_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.type, e.sortName, e.id)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX uses_by_object_subject_id IF NOT EXISTS FOR ()-[r:USES]-() ON (r.objectId, r.subjectId)',
  'CREATE INDEX uses_by_object_subject_sort_name IF NOT EXISTS FOR ()-[r:USES]-() ON (r.objectId, r.subjectSortName, r.subjectId)',
  'CREATE INDEX evidence_rel_key IF NOT EXISTS FOR (ev:Evidence) ON (ev.relKey)',
  'CREATE INDEX evidence_article IF NOT EXISTS FOR (ev:Evidence) ON (ev.articleId)',
  'CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText, e.description]',
  'CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS FOR (ev:Evidence) ON EACH [ev.sentence]',
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(60)';

// Graphs written before the derived properties existed get them once (a no-op afterwards).
export const BACKFILL_DERIVED = /* cypher */ `
  MATCH (e:Entity) WHERE e.nameKeyText IS NULL OR e.sortName IS NULL
  CALL (e) { SET e.nameKeyText = reduce(s = '', k IN coalesce(e.nameKeys, []) | s + ' ' + k), e.sortName = toLower(e.name) } IN TRANSACTIONS OF 5000 ROWS`;

// Relationships written before they carried their ends' copies (SET_RELATION_ENDS) get them once; a copy
// of a sort name that differs from its subject's is rewritten (a no-op afterwards).
export const BACKFILL_RELATION_ENDS = /* cypher */ `
  MATCH (s:Entity)-[r]->(o:Entity) WHERE r.objectId IS NULL OR r.subjectId IS NULL OR r.subjectSortName IS NULL OR r.subjectSortName <> s.sortName
  CALL (s, r, o) { SET r.subjectId = s.id, r.objectId = o.id, r.subjectSortName = coalesce(s.sortName, toLower(s.name)) } IN TRANSACTIONS OF 5000 ROWS`;

// The range index on the nameKeys list, replaced by entity_name_key (it could not serve `key IN e.nameKeys`).
export const DROP_OBSOLETE = 'DROP INDEX entity_name_keys IF EXISTS';

/** Creates the constraints and indexes when missing and waits until they are online. */
export async function applySchema(db: Db): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.autoCommit(statement);
  await db.autoCommit(DROP_OBSOLETE);
  await db.autoCommit(BACKFILL_DERIVED);
  await db.autoCommit(BACKFILL_RELATION_ENDS);
  await db.autoCommit(AWAIT_INDEXES);
}
