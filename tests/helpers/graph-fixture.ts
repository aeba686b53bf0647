import { createHash } from 'node:crypto';
import type { Db } from '../../src/db/driver';
import { entityId, relationKey } from '../../src/domain/ids';
import type { EntityType, RelationType } from '../../src/domain/vocabulary';
import type { EntityRecord, GraphPatch, MentionRecord, RelationRecord } from '../../src/ingest/types';
import { writePatch, writePatches } from '../../src/ingest/stages/write-patch';

/** A fixture entity: type, name, aliases; catalog unless `discovered`. */
export interface FixtureEntity {
  type: EntityType;
  name: string;
  aliases?: string[];
  description?: string;
  discovered?: boolean;
}

/** One sentence of a fixture article and the relations it states, as [subject name, type, object name]. */
export interface FixtureSentence {
  text: string;
  section?: string;
  facts?: [string, RelationType, string][];
}

export interface FixtureArticle {
  slug: string;
  title: string;
  source?: string;
  sentences: FixtureSentence[];
}

const ENTITIES: FixtureEntity[] = [
  { type: 'Project', name: 'Arbitrum', description: 'An Optimistic Rollup for Ethereum.' },
  { type: 'Project', name: 'Optimism', description: 'An Optimistic Rollup network.' },
  { type: 'Project', name: 'Loopring', description: 'A zk-Rollup exchange protocol.' },
  { type: 'Project', name: 'Polygon', aliases: ['Matic Network', 'Matic'], description: 'A scaling platform for Ethereum.' },
  { type: 'Network', name: 'Ethereum', description: 'A programmable blockchain.' },
  { type: 'Network', name: 'Bitcoin', description: 'The first blockchain.' },
  { type: 'Network', name: 'Lightning Network', description: 'Payment channels on Bitcoin.' },
  { type: 'Technique', name: 'Optimistic Rollups', aliases: ['Optimistic Rollup', 'ORU'], description: 'Rollups that assume validity and allow challenges.' },
  { type: 'Technique', name: 'Fraud Proofs', aliases: ['fraud proof'], description: 'Proofs that a posted state transition is wrong.' },
  { type: 'Technique', name: 'zk-Rollups', aliases: ['ZK rollup', 'Zero-Knowledge Rollups'], description: 'Rollups that post validity proofs.' },
  { type: 'Technique', name: 'Plasma', description: 'Child chains that commit to a root chain.' },
  { type: 'Concept', name: 'Layer 2 Scaling', aliases: ['L2'], description: 'Moving work off the main chain.' },
  { type: 'Challenge', name: 'Scalability', description: 'Handling more transactions.' },
  { type: 'Concept', name: 'Sequencer Set', discovered: true },
];

/** The L2 mini-graph: Arbitrum USES Optimistic Rollups USES Fraud Proofs, Polygon BUILT_ON Ethereum, … */
export const L2_ARTICLES: FixtureArticle[] = [
  {
    slug: 'layer-2-scaling',
    title: 'Layer 2 Scaling',
    source: 'fixture',
    sentences: [
      { text: 'Layer 2 Scaling addresses Scalability.', facts: [['Layer 2 Scaling', 'ADDRESSES', 'Scalability']] },
      { text: 'Optimistic Rollups are a form of Layer 2 Scaling.', section: 'Optimistic Rollups', facts: [['Optimistic Rollups', 'IS_A', 'Layer 2 Scaling']] },
      {
        text: 'Fraud Proofs: In case of any discrepancies, a fraud proof challenges the batch.',
        section: 'Optimistic Rollups',
        facts: [['Optimistic Rollups', 'USES', 'Fraud Proofs']],
      },
      {
        text: 'Arbitrum employs Optimistic Rollups to scale Ethereum.',
        section: 'Case Studies',
        facts: [
          ['Arbitrum', 'USES', 'Optimistic Rollups'],
          ['Arbitrum', 'BUILT_ON', 'Ethereum'],
        ],
      },
      { text: 'Optimism uses Optimistic Rollups as well.', section: 'Case Studies', facts: [['Optimism', 'USES', 'Optimistic Rollups']] },
      { text: 'Loopring leverages zk-Rollups for trading.', section: 'Case Studies', facts: [['Loopring', 'USES', 'zk-Rollups']] },
      { text: 'zk-Rollups are a form of Layer 2 Scaling.', section: 'zk-Rollups', facts: [['zk-Rollups', 'IS_A', 'Layer 2 Scaling']] },
      {
        text: 'Polygon, formerly known as Matic Network, uses a combination of Plasma and rollups and is built on Ethereum.',
        section: 'Case Studies',
        facts: [
          ['Polygon', 'USES', 'Plasma'],
          ['Polygon', 'BUILT_ON', 'Ethereum'],
        ],
      },
      { text: 'A Sequencer Set orders transactions for Arbitrum.', section: 'Case Studies', facts: [['Arbitrum', 'USES', 'Sequencer Set']] },
    ],
  },
  {
    slug: 'bitcoin-second-layers',
    title: 'Bitcoin Second Layers',
    sentences: [
      { text: 'Lightning Network is built on Bitcoin.', section: 'Lightning Network (Bitcoin)', facts: [['Lightning Network', 'BUILT_ON', 'Bitcoin']] },
      { text: 'Arbitrum relies on Optimistic Rollups, unlike Lightning Network.', facts: [['Arbitrum', 'USES', 'Optimistic Rollups']] },
    ],
  },
];

/** `count` extra projects in one article, each USING Optimistic Rollups or zk-Rollups and BUILT_ON Ethereum. */
export function projectsArticle(count: number): { entities: FixtureEntity[]; article: FixtureArticle } {
  const entities: FixtureEntity[] = [];
  const sentences: FixtureSentence[] = [];
  for (let i = 1; i <= count; i += 1) {
    const name = `Project ${String(i).padStart(2, '0')}`;
    const technique = i % 2 === 0 ? 'zk-Rollups' : 'Optimistic Rollups';
    entities.push({ type: 'Project', name, description: `Synthetic project number ${i}.` });
    sentences.push({
      text: `${name} uses ${technique} and is built on Ethereum.`,
      section: 'Directory',
      facts: [
        [name, 'USES', technique],
        [name, 'BUILT_ON', 'Ethereum'],
      ],
    });
  }
  return { entities, article: { slug: 'project-directory', title: 'Project Directory', sentences } };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Builds the GraphPatch of a fixture article: offsets, evidence and mentions consistent with its body. */
export function buildPatch(article: FixtureArticle, known: readonly FixtureEntity[] = ENTITIES): GraphPatch {
  const byName = new Map(known.map((e) => [e.name, e]));
  const idOf = (name: string) => {
    const e = byName.get(name);
    if (!e) throw new Error(`graph-fixture: unknown entity ${JSON.stringify(name)}`);
    return entityId(e.type, e.name);
  };
  let body = `${article.title}\n\n`;
  const relations = new Map<string, RelationRecord>();
  const mentions: MentionRecord[] = [];
  const used = new Set<string>();
  for (const s of article.sentences) {
    const start = body.length;
    body += `${s.text}\n`;
    const end = start + s.text.length;
    for (const [subject, type, object] of s.facts ?? []) {
      const subjectId = idOf(subject);
      const objectId = idOf(object);
      const key = relationKey(subjectId, type, objectId);
      const relation = relations.get(key) ?? { subjectId, type, objectId, confidence: 0, evidence: [] };
      const confidence = byName.get(subject)?.discovered || byName.get(object)?.discovered ? 0.6 : 0.9;
      relation.evidence.push({
        id: sha256(`${article.slug}|${key}|${s.text}`),
        articleId: `article:${article.slug}`,
        sentence: s.text,
        start,
        end,
        section: s.section ?? null,
        rule: type === 'IS_A' ? 'cue:is-a' : `cue:${type.toLowerCase()}`,
        confidence,
      });
      relation.confidence = Math.max(relation.confidence, confidence);
      relations.set(key, relation);
      for (const name of [subject, object]) {
        const at = s.text.indexOf(name);
        mentions.push({
          entityId: idOf(name),
          start: start + Math.max(at, 0),
          end: start + Math.max(at, 0) + (at >= 0 ? name.length : 0),
          surface: at >= 0 ? name : '',
          sentenceStart: start,
          sentenceEnd: end,
        });
        used.add(name);
      }
    }
  }
  const entities: EntityRecord[] = [...used].map((name) => {
    const e = byName.get(name) as FixtureEntity;
    return {
      id: entityId(e.type, e.name),
      name: e.name,
      type: e.type,
      aliases: e.aliases ?? [],
      description: e.description ?? null,
      discovered: e.discovered === true,
      confidence: e.discovered ? 0.6 : 1,
    };
  });
  const unique = new Map(mentions.map((m) => [`${m.entityId}|${m.start}|${m.end}`, m]));
  return {
    article: {
      id: `article:${article.slug}`,
      path: `${article.slug}.md`,
      title: article.title,
      source: article.source ?? null,
      date: null,
      contentHash: sha256(body),
      length: body.length,
    },
    entities,
    mentions: [...unique.values()],
    relations: [...relations.values()],
  };
}

export const FIXTURE_INGESTED_AT = new Date('2026-01-02T03:04:05.000Z');

/** Writes the L2 mini-graph (and, with `projects`, that many extra projects) through the ingest's write stage. */
export async function writeL2Graph(db: Db, { projects = 0 }: { projects?: number } = {}): Promise<void> {
  for (const article of L2_ARTICLES) await writePatch(db, buildPatch(article), FIXTURE_INGESTED_AT);
  if (projects > 0) {
    const extra = projectsArticle(projects);
    await writePatch(db, buildPatch(extra.article, [...ENTITIES, ...extra.entities]), FIXTURE_INGESTED_AT);
  }
}

/** Ids of fixture entities by name, for assertions. */
export function fixtureId(name: string): string {
  const e = ENTITIES.find((x) => x.name === name);
  if (!e) throw new Error(`graph-fixture: unknown entity ${JSON.stringify(name)}`);
  return entityId(e.type, e.name);
}

/**
 * `count` short articles over the L2 entities and `projects` synthetic projects, written 200 per
 * transaction (2,000 take seconds, not an ingest's minutes). Every article names Ethereum and
 * Arbitrum, as the 2,000-article graph of issue 9 did: the dense ends nested lists run into.
 */
export async function writeManyArticles(db: Db, count: number, projects = 200): Promise<void> {
  const extra = projectsArticle(projects).entities;
  const known = [...ENTITIES, ...extra];
  const nameOf = (i: number) => (extra[i % projects] as FixtureEntity).name;
  const patches = Array.from({ length: count }, (_, i) => {
    const [p, q] = [nameOf(i), nameOf(i * 7 + 3)];
    const technique = i % 2 === 0 ? 'zk-Rollups' : 'Optimistic Rollups';
    const sentences: FixtureSentence[] = [
      {
        text: `${p} uses ${technique} and is built on Ethereum.`,
        section: 'Design',
        facts: [
          [p, 'USES', technique],
          [p, 'BUILT_ON', 'Ethereum'],
        ],
      },
      {
        text: `${q} is an alternative to Arbitrum on Ethereum.`,
        facts: [
          [q, 'ALTERNATIVE_TO', 'Arbitrum'],
          [q, 'BUILT_ON', 'Ethereum'],
        ],
      },
      {
        text: 'Arbitrum uses Optimistic Rollups, which use Fraud Proofs.',
        facts: [
          ['Arbitrum', 'USES', 'Optimistic Rollups'],
          ['Optimistic Rollups', 'USES', 'Fraud Proofs'],
        ],
      },
    ];
    return buildPatch({ slug: `synthetic-${String(i).padStart(5, '0')}`, title: `Synthetic article ${i}`, source: `https://example.org/${i}`, sentences }, known);
  });
  for (let i = 0; i < patches.length; i += 200) await writePatches(db, patches.slice(i, i + 200), { ingestedAt: FIXTURE_INGESTED_AT });
}
