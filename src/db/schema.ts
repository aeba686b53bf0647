import type { Db } from './driver';

/** Constraints and indexes of docs/GRAPH-MODEL.md; every statement is idempotent. */
const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (ev:Evidence) REQUIRE ev.id IS UNIQUE',
  'CREATE CONSTRAINT ingest_lock_name IF NOT EXISTS FOR (l:IngestLock) REQUIRE l.name IS UNIQUE',
  'CREATE INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON (e.nameKeys)',
  'CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type)',
  'CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name)',
  'CREATE INDEX evidence_rel_key IF NOT EXISTS FOR (ev:Evidence) ON (ev.relKey)',
  'CREATE INDEX evidence_article IF NOT EXISTS FOR (ev:Evidence) ON (ev.articleId)',
  'CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.searchText, e.description]',
  'CREATE FULLTEXT INDEX evidence_text IF NOT EXISTS FOR (ev:Evidence) ON EACH [ev.sentence]',
];

const AWAIT_INDEXES = 'CALL db.awaitIndexes(60)';

/** Creates the constraints and indexes when missing and waits until they are online. */
export async function applySchema(db: Db): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await db.autoCommit(statement);
  await db.autoCommit(AWAIT_INDEXES);
}
