import { buildKnowledge, readKnowledgeFiles, type Knowledge } from './knowledge';
import { extractRelations } from './stages/extract-relations';
import { recognizeEntities, type Recognition } from './stages/recognize-entities';
import { resolveEntities } from './stages/resolve-entities';
import { segment } from './stages/segment';
import { relationsByModel } from './stages/relation-model';
import { typeBySiblings } from './stages/sibling-types';
import { typeByModel } from './stages/type-model';
import type { Analysis, Mention, RelationCandidate, Segmentation, SourceArticle } from './types';

export type { Knowledge };

/** What the stages read before the relation model: the rules' candidates (`ruleCandidates`), then the mentions and candidates after the type model. */
export interface TypedReading {
  segmentation: Segmentation;
  recognition: Recognition;
  ruleCandidates: RelationCandidate[];
  mentions: Mention[];
  candidates: RelationCandidate[];
}

/** Segment, recognize, relate by rules, retype by the type model and by list siblings: the stages `analyze` and the model training share. */
export function readTyped(article: SourceArticle, knowledge: Knowledge): TypedReading {
  const segmentation = segment(article, knowledge.lexicon);
  const recognition = recognizeEntities(article, segmentation, knowledge);
  const ruleCandidates = extractRelations(segmentation, recognition, knowledge.lexicon);
  const typed = knowledge.typeModel
    ? typeByModel(recognition.mentions, recognition.tokens, ruleCandidates, knowledge.lexicon, knowledge.typeModel)
    : { mentions: recognition.mentions, candidates: ruleCandidates };
  return { segmentation, recognition, ruleCandidates, candidates: typed.candidates, mentions: typeBySiblings(typed.mentions, segmentation, recognition.tokens) };
}

/** Everything between reading and writing. Pure: same article and knowledge, same result. */
export function analyze(article: SourceArticle, knowledge: Knowledge): Analysis {
  const { segmentation, recognition, mentions, candidates } = readTyped(article, knowledge);
  const related = knowledge.relationModel ? relationsByModel(mentions, recognition.tokens, candidates, knowledge.lexicon, knowledge.relationModel) : candidates;
  const result = resolveEntities(article, segmentation, mentions, related, knowledge.entities, knowledge.lexicon.data.roleTypes, knowledge.lexicon.data.retypes);
  return { patch: result.patch, issues: [...recognition.issues, ...result.issues] };
}

/** Loads and validates the catalog and lexicon under `dir` (e.g. `seed/catalog`). */
export function loadKnowledge(dir: string): Knowledge {
  return buildKnowledge(readKnowledgeFiles(dir));
}
