import type { Article, Entity, Evidence, Relation } from '../../domain/graph';
import { isEntityType, isRelationType, type EntityType, type RelationType } from '../../domain/vocabulary';
import { relationKey } from '../../domain/ids';
import type { Row } from '../records';

// The statements project entities as `e { .id, .name, .type, .aliases, .description, .discovered, .confidence }`,
// evidence as `ev { .id, .relKey, .articleId, .sentence, .start, .end, .section, .rule, .confidence }` (subject,
// type and object are read from `relKey`, `subjectId|TYPE|objectId`) and articles as
// `a { .id, .title, .path, .source, .date, ingestedAt: toString(a.ingestedAt) }` (a temporal value costs the
// driver far more to decode than its text); tests/unit/db/statements.test.ts holds every statement to these.
type Plain = Record<string, unknown>;

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : v === null || v === undefined ? fallback : String(v));
const num = (v: unknown, fallback = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
/** An ISO 8601 instant in JavaScript's form (`…T…:ss.sssZ`), from Neo4j's text of a datetime. */
const isoTime = (v: unknown): string => {
  const time = typeof v === 'string' ? Date.parse(v) : Number.NaN;
  return Number.isNaN(time) ? str(v) : new Date(time).toISOString();
};
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function entityType(v: unknown): EntityType {
  if (isEntityType(v)) return v;
  throw new Error(`graph: unknown entity type ${JSON.stringify(v)} (see src/domain/vocabulary.ts)`);
}

export function relationType(v: unknown): RelationType {
  if (isRelationType(v)) return v;
  throw new Error(`graph: unknown relation type ${JSON.stringify(v)} (see src/domain/vocabulary.ts)`);
}

export function toEntity(value: unknown): Entity {
  const e = value as Plain;
  return {
    id: str(e.id),
    name: str(e.name),
    type: entityType(e.type),
    aliases: Array.isArray(e.aliases) ? e.aliases.map((a) => str(a)) : [],
    description: strOrNull(e.description),
    discovered: e.discovered === true,
    confidence: num(e.confidence, 1),
  };
}

export function toEvidence(value: unknown): Evidence {
  const ev = value as Plain;
  const relKey = str(ev.relKey);
  const [subjectId = '', type, objectId = ''] = relKey.split('|');
  return {
    id: str(ev.id),
    relKey,
    subjectId,
    type: relationType(type),
    objectId,
    articleId: str(ev.articleId),
    sentence: str(ev.sentence),
    start: num(ev.start),
    end: num(ev.end),
    section: strOrNull(ev.section),
    rule: str(ev.rule),
    confidence: num(ev.confidence),
  };
}

export function toArticle(value: unknown): Article {
  const a = value as Plain;
  return {
    id: str(a.id),
    title: str(a.title),
    path: str(a.path),
    source: strOrNull(a.source),
    date: strOrNull(a.date),
    ingestedAt: isoTime(a.ingestedAt),
  };
}

/** A relation row `{subject, type, object, confidence, evidenceCount}` with entity maps at both ends. */
export function toRelation(value: unknown): Relation {
  const r = value as Plain;
  const subject = toEntity(r.subject);
  const object = toEntity(r.object);
  const type = relationType(r.type);
  return {
    subject,
    type,
    object,
    relKey: relationKey(subject.id, type, object.id),
    confidence: num(r.confidence),
    evidenceCount: num(r.evidenceCount),
  };
}

export const toNumber = (row: Row, key: string): number => num(row[key]);
