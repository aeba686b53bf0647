import type { Entity } from '../domain/graph';
import type { EntityType, RelationType } from '../domain/vocabulary';

/** The stages of the ingest, named in issues and logs. */
export type StageName = 'read' | 'segment' | 'recognize' | 'extract' | 'resolve' | 'write' | 'knowledge';

/** A problem with the data (not the code): reported, never thrown. */
export interface IngestIssue {
  stage: StageName;
  /** Article id, or the file path when no article could be made. */
  articleId: string;
  /** A character offset into the article body, when the problem has a place. */
  at?: number;
  message: string;
}

/**
 * One article as read from disk. `body` is the text after any front-matter; every offset in later
 * stages is a UTF-16 offset into `body`.
 */
export interface SourceArticle {
  /** `article:<slug of the relative path>`, stable across edits of the file. */
  id: string;
  /** Path relative to the articles folder, with forward slashes. */
  path: string;
  title: string;
  source?: string;
  /** ISO date from front-matter, when given. */
  date?: string;
  /** The whole text, front-matter included, so that every offset is an offset into the file. */
  body: string;
  /** Characters of front-matter ("---" … "---") that open `body`; 0 or absent when there is none. */
  frontMatter?: number;
  /** sha256 hex of the whole file's bytes. */
  contentHash: string;
}

/** Everything the write stage stores for one article. Produced by `analyze`; pure data. */
export interface GraphPatch {
  article: ArticleRecord;
  /** Entities this article mentions (catalog or discovered), each once. */
  entities: EntityRecord[];
  mentions: MentionRecord[];
  /** Relations this article supports, each (subjectId, type, objectId) once, with its evidence. */
  relations: RelationRecord[];
}

export interface ArticleRecord {
  id: string;
  path: string;
  title: string;
  source: string | null;
  date: string | null;
  contentHash: string;
  /** Number of characters in the body. */
  length: number;
}

/** An entity as the write stage stores it: the same shape the API reads. */
export type EntityRecord = Entity;

/** One occurrence of an entity in the article. `start`/`end` are offsets into the body. */
export interface MentionRecord {
  entityId: string;
  start: number;
  end: number;
  surface: string;
  /** Offsets and text of the sentence holding the mention. */
  sentenceStart: number;
  sentenceEnd: number;
}

/** Why we believe one relation: one sentence of one article. */
export interface EvidenceRecord {
  /** Deterministic: sha256 of articleId, relation key and the normalized sentence text, so a
   *  repeated paragraph yields the same id (and one piece of evidence). */
  id: string;
  articleId: string;
  /** The sentence (or list item) text, verbatim: `body.slice(start, end) === sentence`. */
  sentence: string;
  start: number;
  end: number;
  /** The nearest heading above the sentence, if any. */
  section: string | null;
  /** The extraction rule that produced it, e.g. `cue:uses` or `section:list-label`. */
  rule: string;
  confidence: number;
}

export interface RelationRecord {
  subjectId: string;
  type: RelationType;
  objectId: string;
  /** Highest confidence among the evidence. */
  confidence: number;
  evidence: EvidenceRecord[];
}

/** The result of the pure stages for one article. */
export interface Analysis {
  patch: GraphPatch;
  issues: IngestIssue[];
}

/* Shapes between the pure stages. Every `start`/`end` is a UTF-16 offset into `SourceArticle.body`
 * and `body.slice(start, end) === text` holds for every `Span`. */

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** title: the article's first line; part: "Part 2"; list-intro: a line ending with ":";
 *  item: a "Term: text" definition (several may share a line); bullet: a Markdown list entry;
 *  table-header and row: the lines of a Markdown table (its `|---|` line and code fences are dropped). */
/** `citation`: the authors of a BibTeX entry, its title as the block's `term`. */
export type BlockKind = 'title' | 'part' | 'heading' | 'paragraph' | 'list-intro' | 'item' | 'bullet' | 'table-header' | 'row' | 'citation';

export interface Block extends Span {
  /** Position in `Segmentation.blocks`. */
  index: number;
  kind: BlockKind;
  /** Heading depth: `#` count in Markdown; 1 for a plain-text title, 2 for its headings; 0 otherwise. */
  level: number;
  /** For a heading, its parent heading; for any other block, the nearest heading above; or -1. */
  heading: number;
  /** The list intro that this item or bullet belongs to, the header of this table row, or -1. */
  intro: number;
  /** The cells of a table row or header, without their pipes and padding. */
  cells?: Span[];
  /** The defined term of an item ("Erasure Coding" in "Erasure Coding: Data is extended ..."), else null. */
  term: Span | null;
  /** An earlier block with the same normalized text, or -1: repeated text is analyzed once. */
  duplicateOf: number;
  /** True for a paragraph whose line is indented under the line before it (a definition list's definition). */
  indented?: boolean;
}

/**
 * A sentence of a block. An item's first sentence starts at the item (its term included). Its `text` has its inline
 * markup blanked out (`withoutInlineMarkup`); the body holds it verbatim.
 */
export interface Sentence extends Span {
  /** Position in `Segmentation.sentences`. */
  index: number;
  block: number;
}

export interface Segmentation {
  blocks: Block[];
  sentences: Sentence[];
}

/** One name in a sentence, from the catalog (`entityId` set) or discovered (`entityId` null). */
export interface Mention extends Span {
  /** Position in the mention list, ordered by `start`. */
  index: number;
  sentence: number;
  /** `nameKey` of the canonical name: discovered mentions with one key are one entity. */
  key: string;
  entityId: string | null;
  /** Canonical name: the catalog name, or the cleaned surface of a discovered mention. */
  name: string;
  type: EntityType;
  discovered: boolean;
  confidence: number;
  /** The recognition rule, e.g. `catalog`, `discover:acronym`, `discover:term`. */
  rule: string;
  /** Another name this mention is known by in the text (an acronym in parentheses). */
  alias: string | null;
  /** True for a catalog name inside a discovered item term ("Sharding" in "Sharding with X"). */
  nested: boolean;
  /** True when `type` is only a default guess (no catalog entry, head noun or label typed it):
   *  the resolve stage lets the mention's relations and other mentions decide. */
  weakType?: boolean;
}

/** A relation as one rule found it in one sentence, before entities are resolved. */
export interface RelationCandidate {
  subject: number;
  type: RelationType;
  object: number;
  sentence: number;
  rule: string;
  confidence: number;
}
