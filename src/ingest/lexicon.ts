import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType, type RelationType } from '../domain/vocabulary';
import { pluralForms } from './text/english';
import { tagTokens } from './text/pos';
import { tokenize } from './text/tokenize';

const entityType = z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]]);
const relationType = z.enum(RELATION_TYPES as [RelationType, ...RelationType[]]);
const words = z.array(z.string().min(1)).default([]);

const cueSchema = z.object({
  type: relationType,
  phrases: z.array(z.string().min(1)).min(1),
  /** "A like B and C": the objects are kinds of the subject just before the cue (B IS_A A). */
  hyponym: z.boolean().default(false),
  /** "X, formerly known as Y": the subject may stand before a comma; Y takes X's type (unless the cue is inverse: "Acme, the company behind Y"). */
  appositive: z.boolean().default(false),
  /** "a zkVM from Acme": the cue only counts right after a noun ("different from", "received X from" are none). */
  afterNoun: z.boolean().default(false),
  /** "the Compact, proposed by the UN": a participle after a comma is about the name before it. */
  participle: z.boolean().default(false),
  /** Said of named things only ("developed by"): a common-noun phrase just before the cue ("a light
   *  node developed by X") is not its subject; the item's term or the name before that phrase is. */
  namedSubject: z.boolean().default(false),
  /** Active voice ("the Commission proposed the Act"): the relation runs from object to subject. */
  inverse: z.boolean().default(false),
  /** "X replaced A with B": a name after "with" is the alternative to the object, instead of the subject. */
  exchange: z.boolean().default(false),
  /** Whether the words next to the cue are taken for names; a bare copula ("are") only relates names found otherwise. */
  discovers: z.boolean().default(true),
  /** Words that, right before the cue, make it no cue ("as part of the plan" states a purpose). */
  notAfter: words,
  /** Words that join a further object to this cue's object ("combines A with B"). */
  joiners: words,
  objectTypes: z.array(entityType).optional(),
  subjectTypes: z.array(entityType).optional(),
});

const labelSchema = z.object({
  labels: z.array(z.string().min(1)).min(1),
  /** The relation from the section's subject to each item; none for labels that only type. */
  type: relationType.optional(),
  itemType: entityType.optional(),
  /** "## Architecture" over "- **quill_core**: …": the relation from each item of these types to the section's subject instead. */
  partTypes: z.array(entityType).optional(),
  /** "## Rollups" over "#### Examples" over "- Quillnet": each item relates to the section's subject instead, when the subject has one of `subjectTypes`. */
  inverse: z.boolean().optional(),
  subjectTypes: z.array(entityType).optional(),
});

const fieldSchema = z.object({
  /** Table header cells and item labels ("Maintainer", "Settles to") that relate the row's first
   *  cell, or the section's subject, to the names the column or the item holds. */
  headers: z.array(z.string().min(1)).min(1),
  type: relationType,
  /** "Examples: A, B" under a section about X: the relation runs from each name to X. */
  inverse: z.boolean().default(false),
  /** The type of a name the column's cells hold, when nothing else types it. */
  objectType: entityType.optional(),
  /** A labelled item relates the section's subject only when it has one of these types ("Author:" under a proposal, not a network); absent: any. */
  subjectTypes: z.array(entityType).optional(),
});

const rolesSchema = z.object({ subject: entityType.optional(), object: entityType.optional() });

export const lexiconSchema = z.object({
  stopwords: words,
  glueWords: words,
  minorWords: words,
  clauseBreakers: words,
  purposeMarkers: words,
  anaphors: words,
  frontedMarkers: words,
  compoundConnectors: words,
  listConnectors: words,
  auxiliaries: words,
  /** "Quill is a Harbor module": nouns (singular) for a component of the name that modifies them. */
  componentNouns: words,
  relativePronouns: words,
  /** "a rollup built by" over "Acme Labs": words no heading ends in, so a line ending in one goes on in the next. */
  lineContinuers: words,
  /** "consists of three components:": nouns whose list items are parts of the intro's subject. */
  partNouns: words,
  /** "the Rust execution client": programming languages, which a thing they modify is written in (uses), not built on. */
  languages: words,
  /** "a Rust-like language", "Solidity-inspired": suffixes that compare a thing to a name and say nothing of its use. */
  likenessSuffixes: words,
  /** "Article 22", "Annex III", "Art. 9": words that, before a number, name a numbered part of a law or standard. */
  legalParts: words,
  /** "Name: Quillnet" over "Built on: ..." lines: labels whose value names the thing a record's fields describe. */
  recordNameLabels: words,
  /** "Several privacy technologies help:", "the following DA layers:": words that count a list intro's class. */
  listQuantifiers: words,
  /** "| Criterion | Quillnet | Marrowchain |": a first header cell over a column of field labels (the columns are the names). */
  labelColumnHeaders: words,
  /** "| Quorrel | EVM sidechain anchored to Vexmoor |" under "What it is": headers of a column that says what each row's subject is. */
  descriptionHeaders: words,
  determiners: words,
  objectBarriers: words,
  nominalAfter: words,
  /** Words that never make a discovered name: months, days, question words, units. */
  junkWords: words,
  /** "| Status | Done |", "| Native token | None |": a whole table cell of these words states a value and names nothing. */
  cellValues: words,
  /** "SNARK-based", "EVM-compatible": a name fused by a hyphen to one of these is an adjective, no name. */
  adjectiveSuffixes: words,
  /** Adjectives of nationality or region that are no language name ("Swiss", "Baltic"). */
  demonyms: words,
  /** Words that open a common noun phrase, never a name: "Our stack", "These tools", "Early versions". */
  phraseOpeners: words,
  /** "common mechanisms", "an expensive commitment": adjectives that describe a thing and never open a lower-case term. */
  describingWords: words,
  /** "Platform", "Guide", "Users": general nouns that alone name nothing, though a name may hold them ("Quorrel Platform"). */
  genericWords: words,
  /** "Advances and Open Problems in …": minor words of a title that a name of a person or a group does not take ("of", "and" it does). */
  titleMinorWords: words,
  /** "Kleros, a decentralized arbitration protocol": kind nouns after a class that make the phrase an instance of the class (a "library" only implements one). */
  instanceKinds: words,
  /** "Another type of rollup is Quorrel", "One family of attacks is …": nouns that, opening a sentence before "of", name a kind of what follows. */
  kindNouns: words,
  /** Regions of the world ("West Africa"): places, which the graph has no type for. */
  regions: words,
  /** Lower-case words inside a proper name ("Bank for International Settlements"). */
  nameConnectors: words,
  /** Lower-case particles inside a person's surname ("Femke de Vroom", "Ludwig van der Berg"). */
  surnameParticles: words,
  /** Words (or lemmas) next to a two- or three-word name that make it a person ("said", "CEO"). */
  personCues: words,
  /** Pronouns that refer back to a name, not to a whole clause as "this" may. */
  personalPronouns: words,
  /** "**Cost Efficiency**: If the batch is large, …": words that open a condition. */
  conditionOpeners: words,
  /** "a consensus mechanism called Marrow Consensus": words after a lower-case phrase that give its name. */
  namingWords: words,
  /** Words that deny the relation a cue would state ("not", "never", "no longer"). */
  negators: words,
  /** "not only X but also Y": words after a negator that keep the statement. */
  negatorOpeners: words,
  /** "Instead of X, ...": a sentence opening with one of these states nothing before its first comma. */
  contrastOpeners: words,
  /** "uses Halo2-based circuits", "an OP Stack based chain": a word after a name that makes the noun after it rest on the name. */
  basisSuffixes: words,
  /** "Quill enables developers to use X": verbs by which a thing lets others do what the cue after them says. */
  enablingVerbs: words,
  /** "In addition to X, Y uses Z": a sentence opening with one of these adds X to what its main clause relates. */
  additiveOpeners: words,
  /** "Unlike X, it ...": words opening a sentence whose name before the first comma is set apart, not the subject. */
  comparisonOpeners: words,
  /** "Unlike X, Y …": an opening word that sets X apart as what Y is an alternative to. */
  alternativeOpeners: words,
  /** "there is a …": a word before a copula that makes it say that something exists. */
  existentialWords: words,
  /** "| Aspect | Details |": a first header cell over labels of aspects, which name nothing (unlike "| Feature |" rows). */
  aspectHeaders: words,
  /** "The proposal was authored by X", "The design was proposed by Y": nouns that, after "the" opening a sentence, stand for the thing the text is about, whatever its type. */
  referenceNouns: words,
  /** "This post was written by …": after "this", nouns that stand for the document itself, which is nothing of the graph. */
  documentNouns: words,
  /** "rip: 7728" in front-matter: keys that number a document of a series, named "RIP-7728". */
  documentSeries: words,
  /** "Both use X": words opening a sentence that stand for the two names the sentence before joins. */
  pairAnaphors: words,
  /** Headings of sections that state nothing ("Further reading", "See also"). */
  skipSections: words,
  maxGapWords: z.object({ subject: z.number().int().min(0), object: z.number().int().min(0) }),
  cues: z.array(cueSchema),
  listLabels: z.array(labelSchema),
  fields: z.array(fieldSchema).default([]),
  parenthetical: z.object({ type: relationType, objectTypes: z.array(entityType).min(1) }),
  /** "Quillblobs offer a cheaper way for rollups to post data": the name after "for" uses the thing that is or offers the way. */
  meansFor: z.object({ type: relationType, nouns: words, verbs: words }).default({ type: 'USES', nouns: [], verbs: [] }),
  /** "Chains in this category include A and B": the nouns after "this" and the cues that list the kinds of the item's term or section. */
  categoryMembers: z.object({ nouns: words, cues: words }).default({ nouns: [], cues: [] }),
  /** "X has many applications, such as A and B": the nouns for a thing's applications, the verbs before them, and the relation to the examples. */
  applications: z.object({ type: relationType, nouns: words, verbs: words }).default({ type: 'ENABLES', nouns: [], verbs: [] }),
  toolFor: z.object({ type: relationType, nouns: words }).default({ type: 'ENABLES', nouns: [] }),
  /** "proposed by researchers in Acme", "maintained by a group of hackers from Quill Labs": people nouns and the prepositions that place them in the organization that is the agent. */
  agentGroups: z.object({ nouns: words, prepositions: words }).default({ nouns: [], prepositions: [] }),
  /** "Jane Roe and colleagues at Acme Labs": a person at an organization is part of it. */
  affiliation: z
    .object({
      type: relationType,
      prepositions: words,
      companions: words,
      memberTypes: z.array(entityType).default([]),
      /** The first is the organization a member belongs to; the others can only be founded. */
      objectTypes: z.array(entityType).default([]),
      /** "Jane Roe, Chief Scientist at Acme": a role in an aside names the membership too. */
      roles: words,
      /** "Jane Roe, co-founder of Acme": a founder's role makes the organization developed by the person. */
      founders: words,
      founderType: relationType.optional(),
      /** "Acme was founded by Jane Roe": these cues between an organization and a person make the person part of it. */
      foundingCues: words,
      /** "Jane Roe, formerly a researcher at Acme": a role these words mark as past states no membership. */
      past: words,
      /** "Department of Physics, Quorrel University": a unit of a larger group, named "<unit> of ...". */
      units: words,
    })
    .optional(),
  possessive: z.object({
    type: relationType,
    ownerTypes: z.array(entityType).min(1),
    /** The relation when the owned name is of an owner type too ("Google's DeepMind"). */
    memberType: relationType.optional(),
    /** The relation by the owned name's type, where it is not `type` (a law an organization owns was proposed by it). */
    typeByOwnedType: z.partialRecord(entityType, relationType).default({}),
    /** Owners whose named parts are theirs ("Quillnet's Marrow module": PART_OF), and the relation. */
    componentOwnerTypes: z.array(entityType).default([]),
    /** Owners whose lower-case owned terms are parts too: "the regulation's data minimisation principle". */
    termComponentOwnerTypes: z.array(entityType).default([]),
    componentType: relationType.optional(),
    /** "Its sBTC bridge", "Its delegate, Jane Roe,": what a possessive pronoun opening a sentence owns is a part of its antecedent. */
    pronouns: words,
    /** Owned names of these types name the owned thing even before a noun ("Acme's Quill prover"). */
    namedTypes: z.array(entityType).default([]),
    /** Owners that are platforms ("Quillchain's Marrow wallet"): what they own of a named type is built on them, with this relation. */
    platformTypes: z.array(entityType).default([]),
    platformType: relationType.optional(),
  }),
  typeNouns: z.partialRecord(entityType, z.array(z.string().min(1))),
  roleTypes: z.partialRecord(relationType, rolesSchema),
  /** "X is a framework for private learning built on Y": prepositions that may stand inside a class's words before a participle about the name. */
  classPurposeWords: z.array(z.string().min(1)).default([]),
  /** "In Quorrel, validity proofs are used": words that open a sentence with the place an agentless passive happens in, its agent. */
  placeOpeners: z.array(z.string().min(1)).default([]),
  /** "How does X use Y?": question words that take the rest of the question as given. */
  presupposingQuestions: words,
  /** Relations read again once the entities' types are settled: `from` between these types is `to` (see the lexicon). */
  retypes: z
    .array(
      z.object({
        from: relationType,
        to: relationType,
        subjectTypes: z.array(entityType).min(1),
        objectTypes: z.array(entityType).min(1),
        /** Leave a cue's own wording ("developed by") as it is: only structures' relations are read again. */
        structuresOnly: z.boolean().default(false),
      }),
    )
    .default([]),
  confidence: z.object({
    cue: z.number(),
    section: z.number(),
    structure: z.number(),
    discovered: z.number(),
  }),
});

export type LexiconData = z.infer<typeof lexiconSchema>;
export type CueData = z.infer<typeof cueSchema>;

/** A cue phrase as lower-case words, ready to match against tokens. */
export interface Cue extends CueData {
  phrase: string;
  words: string[];
  /** The lemma of each word as a verb would have it ("relies on" → "rely on"), so one entry matches every inflection. */
  lemmas: string[];
  /** Every cue with the same words, this one first ("built with": USES, DEVELOPED_BY). */
  alike?: Cue[];
}

/** The lexicon with its word lists as sets and its phrases indexed by first word. */
export interface Lexicon {
  data: LexiconData;
  stopwords: ReadonlySet<string>;
  glueWords: ReadonlySet<string>;
  minorWords: ReadonlySet<string>;
  clauseBreakers: ReadonlySet<string>;
  purposeMarkers: ReadonlySet<string>;
  anaphors: ReadonlySet<string>;
  frontedMarkers: ReadonlySet<string>;
  compoundConnectors: ReadonlySet<string>;
  listConnectors: ReadonlySet<string>;
  auxiliaries: ReadonlySet<string>;
  componentNouns: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  lineContinuers: ReadonlySet<string>;
  partNouns: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  likenessSuffixes: ReadonlySet<string>;
  legalParts: ReadonlySet<string>;
  recordNameLabels: ReadonlySet<string>;
  listQuantifiers: ReadonlySet<string>;
  labelColumnHeaders: ReadonlySet<string>;
  descriptionHeaders: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  objectBarriers: ReadonlySet<string>;
  nominalAfter: ReadonlySet<string>;
  junkWords: ReadonlySet<string>;
  cellValues: ReadonlySet<string>;
  adjectiveSuffixes: ReadonlySet<string>;
  demonyms: ReadonlySet<string>;
  phraseOpeners: ReadonlySet<string>;
  describingWords: ReadonlySet<string>;
  genericWords: ReadonlySet<string>;
  titleMinorWords: ReadonlySet<string>;
  instanceKinds: ReadonlySet<string>;
  kindNouns: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  nameConnectors: ReadonlySet<string>;
  surnameParticles: ReadonlySet<string>;
  personCues: ReadonlySet<string>;
  negators: ReadonlySet<string>;
  negatorOpeners: ReadonlySet<string>;
  contrastOpeners: ReadonlySet<string>;
  basisSuffixes: ReadonlySet<string>;
  comparisonOpeners: ReadonlySet<string>;
  additiveOpeners: ReadonlySet<string>;
  enablingVerbs: ReadonlySet<string>;
  alternativeOpeners: ReadonlySet<string>;
  existentialWords: ReadonlySet<string>;
  aspectHeaders: ReadonlySet<string>;
  referenceNouns: ReadonlySet<string>;
  documentNouns: ReadonlySet<string>;
  documentSeries: ReadonlySet<string>;
  pairAnaphors: ReadonlySet<string>;
  personalPronouns: ReadonlySet<string>;
  conditionOpeners: ReadonlySet<string>;
  namingWords: ReadonlySet<string>;
  skipSections: ReadonlySet<string>;
  /** Cues by their first word, longest first. */
  cuesByFirstWord: ReadonlyMap<string, Cue[]>;
  /** Singular lower-case noun → entity type. */
  typeByNoun: ReadonlyMap<string, EntityType>;
  /** Lower-case word, singular or plural → entity type: `typeByNoun.get(nounKey(w))` in one look-up. */
  typeByWord: ReadonlyMap<string, EntityType>;
  /** Normalized table header or item label ("settles to") → what its column or value states. */
  fields: ReadonlyMap<string, z.infer<typeof fieldSchema>>;
  /** Normalized label ("use cases") → its list label. */
  labels: ReadonlyMap<string, z.infer<typeof labelSchema>>;
}

export function compileLexicon(data: LexiconData): Lexicon {
  const cuesByFirstWord = new Map<string, Cue[]>();
  for (const cue of data.cues) {
    for (const phrase of cue.phrases) {
      const ws = tokenize(phrase).map((t) => t.lower);
      const first = ws[0];
      if (first === undefined) continue;
      const lemmas = verbLemmas(phrase, ws);
      for (const key of new Set([first, lemmas[0] as string])) {
        const list = cuesByFirstWord.get(key) ?? [];
        list.push({ ...cue, phrase, words: ws, lemmas });
        cuesByFirstWord.set(key, list);
      }
    }
  }
  for (const list of cuesByFirstWord.values()) {
    list.sort((a, b) => b.words.length - a.words.length);
    for (const cue of list) {
      const others = list.filter((c) => c !== cue && c.words.join(' ') === cue.words.join(' '));
      cue.alike = [cue, ...others];
    }
  }
  const typeByNoun = new Map<string, EntityType>();
  for (const [type, nouns] of Object.entries(data.typeNouns) as [EntityType, string[]][]) {
    for (const noun of nouns) typeByNoun.set(noun.toLowerCase(), type);
  }
  const typeByWord = new Map<string, EntityType>();
  for (const [noun, type] of typeByNoun) {
    // The listed noun itself always types, even when the plural rule misreads it ("bias" is no plural of "bia").
    for (const form of pluralForms(noun)) typeByWord.set(form, type);
  }
  const labels = new Map<string, z.infer<typeof labelSchema>>();
  for (const label of data.listLabels) for (const l of label.labels) labels.set(normalizeLabel(l), label);
  const fields = new Map<string, z.infer<typeof fieldSchema>>();
  for (const column of data.fields) for (const h of column.headers) fields.set(normalizeLabel(h), column);
  const set = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  return {
    data,
    stopwords: set(data.stopwords),
    glueWords: set(data.glueWords),
    minorWords: set(data.minorWords),
    clauseBreakers: set(data.clauseBreakers),
    purposeMarkers: set(data.purposeMarkers),
    anaphors: set(data.anaphors),
    frontedMarkers: set(data.frontedMarkers),
    compoundConnectors: set(data.compoundConnectors),
    listConnectors: set(data.listConnectors),
    auxiliaries: set(data.auxiliaries),
    componentNouns: set(data.componentNouns),
    relativePronouns: set(data.relativePronouns),
    lineContinuers: set(data.lineContinuers),
    partNouns: set(data.partNouns),
    languages: set(data.languages),
    likenessSuffixes: set(data.likenessSuffixes),
    legalParts: set(data.legalParts),
    recordNameLabels: set(data.recordNameLabels),
    listQuantifiers: set(data.listQuantifiers),
    labelColumnHeaders: set(data.labelColumnHeaders),
    descriptionHeaders: set(data.descriptionHeaders),
    determiners: set(data.determiners),
    objectBarriers: set(data.objectBarriers),
    nominalAfter: set(data.nominalAfter),
    junkWords: set(data.junkWords),
    cellValues: set(data.cellValues),
    adjectiveSuffixes: set(data.adjectiveSuffixes),
    demonyms: set(data.demonyms),
    phraseOpeners: set(data.phraseOpeners),
    describingWords: set(data.describingWords),
    genericWords: set(data.genericWords),
    titleMinorWords: set(data.titleMinorWords),
    instanceKinds: set(data.instanceKinds),
    kindNouns: set(data.kindNouns),
    regions: set(data.regions),
    nameConnectors: set(data.nameConnectors),
    surnameParticles: set(data.surnameParticles),
    personCues: set(data.personCues),
    negators: set(data.negators),
    negatorOpeners: set(data.negatorOpeners),
    contrastOpeners: set(data.contrastOpeners),
    basisSuffixes: set(data.basisSuffixes),
    comparisonOpeners: set(data.comparisonOpeners),
    additiveOpeners: set(data.additiveOpeners),
    enablingVerbs: set(data.enablingVerbs),
    alternativeOpeners: set(data.alternativeOpeners),
    existentialWords: set(data.existentialWords),
    aspectHeaders: set(data.aspectHeaders),
    referenceNouns: set(data.referenceNouns),
    documentNouns: set(data.documentNouns),
    documentSeries: set(data.documentSeries),
    pairAnaphors: set(data.pairAnaphors),
    personalPronouns: set(data.personalPronouns),
    conditionOpeners: set(data.conditionOpeners),
    namingWords: set(data.namingWords),
    skipSections: new Set(data.skipSections.map(normalizeLabel)),
    cuesByFirstWord,
    fields,
    typeByNoun,
    typeByWord,
    labels,
  };
}

/** The lemmas of a cue phrase read as a predicate ("they relies on" → rely, on). */
function verbLemmas(phrase: string, words: string[]): string[] {
  const text = `they ${phrase}`;
  const tagged = tagTokens(text, 0, tokenize(text)).slice(1);
  return words.map((w, i) => (tagged[i]?.pos === 'VERB' ? (tagged[i]?.lemma ?? w) : w));
}

/** "Use Cases:" → "use cases"; "Maintainer(s):" → "maintainers". */
export function normalizeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(s\)(?=[:\s]*$)/, 's')
    .replace(/[:\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The field a label or table header names: the whole label, else its longest ending that is one
 * ("Core mechanism" is a "mechanism" column, "Main harm targeted" a "harm targeted" one), else its
 * longest beginning ("Example networks" is an "example" column).
 */
export function fieldOf(lexicon: Lexicon, label: string): z.infer<typeof fieldSchema> | undefined {
  const words = normalizeLabel(label).split(' ');
  for (let i = 0; i < words.length; i += 1) {
    const field = lexicon.fields.get(words.slice(i).join(' '));
    if (field) return field;
  }
  // "Example networks", "Used by (2025)": a known header may open a longer one.
  for (let j = words.length - 1; j > 0; j -= 1) {
    const field = lexicon.fields.get(words.slice(0, j).join(' '));
    if (field) return field;
  }
  return undefined;
}
