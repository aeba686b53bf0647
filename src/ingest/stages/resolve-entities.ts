import { createHash } from 'node:crypto';
import { entityId, relationKey } from '../../domain/ids';
import { CHALLENGE_SUBJECT_RELATIONS, type EntityType, PERSON_RELATIONS, type RelationType } from '../../domain/vocabulary';
import type { CatalogEntity } from '../gazetteer';
import type { LexiconData } from '../lexicon';
import type { Analysis, EntityRecord, EvidenceRecord, IngestIssue, Mention, MentionRecord, RelationCandidate, RelationRecord, Segmentation, SourceArticle } from '../types';
import { normalize } from './segment';

/**
 * Canonical entities, mentions and relations with their evidence. Discovered mentions that share a
 * name key (or an acronym defined for them) are one entity; distinct keys are never merged, so a
 * former name stays its own entity. Evidence repeated word for word in one article is kept once. A
 * relation no person can take part in (`PERSON_RELATIONS`) is dropped when one of its ends is a person, and so is one
 * a challenge cannot be the subject of (`CHALLENGE_SUBJECT_RELATIONS`).
 */
/** One word run spelled like code: parts joined by dots, underscores or hyphens, or letters mixed with digits, no spaces. */
const CODE_SPELLED = /^(?=\S*(?:[._-]\p{L}|\p{L}\p{N}|\p{N}\p{L}))[\p{L}\p{N}._-]+$/u;

export function resolveEntities(
  article: SourceArticle,
  seg: Segmentation,
  mentions: readonly Mention[],
  candidates: readonly RelationCandidate[],
  catalog: ReadonlyMap<string, CatalogEntity>,
  roleTypes: RoleTypes = {},
  retypes: LexiconData['retypes'] = [],
): Analysis {
  const issues: IngestIssue[] = [];
  const entities = new Map<string, EntityRecord>();
  const idOfKey = new Map<string, string>();
  const discoveredGroups = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (m.entityId === null) {
      const group = discoveredGroups.get(m.key);
      if (group) group.push(m);
      else discoveredGroups.set(m.key, [m]);
    }
  }
  const related = new Set<number>();
  for (const c of candidates) related.add(c.subject).add(c.object);
  for (const [key, group] of [...discoveredGroups]) {
    // A lower-case term that takes part in no relation is only a phrase of the text ("libp2p" is a name).
    // (The mentions that found it decide, not the re-scan's copies in title-case headings.)
    const finders = group.filter((m) => m.rule !== 'discover:repeat');
    // ("ethers.js", "halo2-bench": a name spelled like code is a name, related or not; so is one linked to its own repository.)
    const lower = finders.every((m) => /^\p{Ll}/u.test(m.text) && m.rule !== 'discover:proper' && m.rule !== 'discover:repository-link' && !CODE_SPELLED.test(m.text));
    if (lower && !group.some((m) => related.has(m.index))) discoveredGroups.delete(key);
    // ("Vexmoor 1.0 Prime": a word only ever read inside a longer discovered name, its type a guess, is a piece of that name.)
    else if (group.every((m) => m.nested && m.weakType === true) && !group.some((m) => related.has(m.index))) discoveredGroups.delete(key);
  }
  const votes = roleVotes(candidates, mentions, roleTypes);
  for (const [key, group] of discoveredGroups) {
    const first = group[0] as Mention;
    const strong = group.filter((m) => !m.weakType).map((m) => m.type);
    const byRole = group.flatMap((m) => votes.get(m.index) ?? []);
    const type = mostFrequent(strong.length > 0 ? strong : byRole.length > 0 ? byRole : group.map((m) => m.type));
    const id = entityId(type, first.name);
    const existing = entities.get(id) ?? (catalog.has(id) ? fromCatalog(catalog.get(id) as CatalogEntity) : undefined);
    if (existing && (existing.discovered === false || existing.name !== first.name)) {
      issues.push({ stage: 'resolve', articleId: article.id, at: first.start, message: `discovered "${first.name}" has the id of ${id}; merged into it` });
    }
    const aliases = new Set(existing?.aliases ?? []);
    for (const m of group) {
      const named = !m.rule.startsWith('anaphor:');
      if (named && m.text !== first.name && m.text.toLowerCase() !== first.name.toLowerCase()) aliases.add(m.text);
      if (m.alias !== null) aliases.add(m.alias);
    }
    entities.set(
      id,
      existing
        ? { ...existing, aliases: [...aliases].sort() }
        : {
            id,
            name: first.name,
            type,
            aliases: [...aliases].sort(),
            description: null,
            discovered: true,
            confidence: Math.max(...group.map((m) => m.confidence)),
          },
    );
    idOfKey.set(key, id);
  }
  const idOf = (m: Mention) => m.entityId ?? (idOfKey.get(m.key) as string);
  for (const m of mentions) {
    if (m.entityId !== null && !entities.has(m.entityId)) entities.set(m.entityId, fromCatalog(catalog.get(m.entityId) as CatalogEntity));
  }
  const kept = mentions.filter((m) => m.entityId !== null || idOfKey.has(m.key));
  const mentionRecords: MentionRecord[] = kept.map((m) => {
    const s = seg.sentences[m.sentence];
    return { entityId: idOf(m), start: m.start, end: m.end, surface: m.text, sentenceStart: s?.start ?? m.start, sentenceEnd: s?.end ?? m.end };
  });
  const relations = new Map<string, RelationRecord>();
  for (const c of candidates) {
    const subject = mentions[c.subject];
    const object = mentions[c.object];
    const sentence = seg.sentences[c.sentence];
    if (!subject || !object || !sentence || !entities.has(idOf(subject)) || !entities.has(idOf(object))) continue;
    const [subjectId, objectId] = [idOf(subject), idOf(object)];
    const [subjectRecord, objectRecord] = [entities.get(subjectId) as EntityRecord, entities.get(objectId) as EntityRecord];
    if (subjectId === objectId || !fitsRoles(subjectRecord, c.type, objectRecord)) continue;
    // (The types settled only now: a person a structure names as an idea's maker proposed it, lexicon `retypes`.)
    const retype = retypes.find(
      (r) => r.from === c.type && r.subjectTypes.includes(subjectRecord.type) && r.objectTypes.includes(objectRecord.type) && !(r.structuresOnly && c.rule.startsWith('cue:')),
    );
    const type = retype?.to ?? c.type;
    const key = relationKey(subjectId, type, objectId);
    const relation = relations.get(key) ?? { subjectId, type, objectId, confidence: 0, evidence: [] };
    const id = createHash('sha256')
      .update(`${article.id}\n${key}\n${normalize(article.body.slice(sentence.start, sentence.end))}`)
      .digest('hex');
    const previous = relation.evidence.find((e) => e.id === id);
    if (!previous) relation.evidence.push(evidence(id, article, seg, c, sentence));
    else if (c.confidence > previous.confidence) Object.assign(previous, { rule: c.rule, confidence: c.confidence });
    relation.confidence = Math.max(relation.confidence, c.confidence);
    relations.set(key, relation);
  }
  const sortedRelations = [...relations.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, r]) => ({ ...r, evidence: r.evidence.sort((a, b) => a.start - b.start) }));
  return {
    patch: {
      article: { id: article.id, path: article.path, title: article.title, source: article.source ?? null, date: article.date ?? null, contentHash: article.contentHash, length: article.body.length },
      entities: [...entities.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      mentions: mentionRecords,
      relations: sortedRelations,
    },
    issues,
  };
}

/** Whether a relation keeps to the roles a person (`PERSON_RELATIONS`) or a challenge (`CHALLENGE_SUBJECT_RELATIONS`) may take. */
function fitsRoles(subject: EntityRecord, type: RelationType, object: EntityRecord): boolean {
  if (subject.type === 'Challenge' && !CHALLENGE_SUBJECT_RELATIONS.includes(type)) return false;
  return (subject.type !== 'Person' || PERSON_RELATIONS.subject.includes(type)) && (object.type !== 'Person' || PERSON_RELATIONS.object.includes(type));
}

function evidence(id: string, article: SourceArticle, seg: Segmentation, c: RelationCandidate, sentence: { start: number; end: number; text: string; block: number }): EvidenceRecord {
  const block = seg.blocks[sentence.block];
  const heading = block ? seg.blocks[block.kind === 'heading' ? block.index : block.heading] : undefined;
  // (The body's own text: a sentence's text has its inline markup blanked out for reading.)
  return {
    id,
    articleId: article.id,
    sentence: article.body.slice(sentence.start, sentence.end),
    start: sentence.start,
    end: sentence.end,
    section: heading?.text ?? null,
    rule: c.rule,
    confidence: c.confidence,
  };
}

function fromCatalog(e: CatalogEntity): EntityRecord {
  return { id: e.id, name: e.name, type: e.type, aliases: [...e.aliases], description: e.description, discovered: false, confidence: 1 };
}

/** Relation roles of the vocabulary that type a name nothing else types ("developed by X": X is an organization). */
export type RoleTypes = Partial<Record<RelationType, { subject?: EntityType; object?: EntityType }>>;

function roleVotes(candidates: readonly RelationCandidate[], mentions: readonly Mention[], roleTypes: RoleTypes): Map<number, EntityType[]> {
  const votes = new Map<number, EntityType[]>();
  const vote = (index: number, type: EntityType | undefined) => {
    if (type === undefined || !mentions[index]?.weakType) return;
    votes.set(index, [...(votes.get(index) ?? []), type]);
  };
  for (const c of candidates) {
    vote(c.subject, roleTypes[c.type]?.subject);
    vote(c.object, roleTypes[c.type]?.object);
  }
  return votes;
}

function mostFrequent(types: EntityType[]): EntityType {
  const counts = new Map<EntityType, number>();
  for (const t of types) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].reduce((best, e) => (e[1] > best[1] ? e : best))[0];
}
