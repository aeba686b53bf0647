import { buildKnowledge, readKnowledgeFiles, type Knowledge } from './knowledge';
import { extractRelations } from './stages/extract-relations';
import { recognizeEntities } from './stages/recognize-entities';
import { resolveEntities } from './stages/resolve-entities';
import { segment } from './stages/segment';
import { relationsByModel } from './stages/relation-model';
import { typeByModel } from './stages/type-model';
import type { Analysis, SourceArticle } from './types';

export type { Knowledge };

/** Everything between reading and writing. Pure: same article and knowledge, same result. */
export function analyze(article: SourceArticle, knowledge: Knowledge): Analysis {
  const segmentation = segment(article, knowledge.lexicon);
  const recognition = recognizeEntities(article, segmentation, knowledge);
  const candidates = extractRelations(segmentation, recognition, knowledge.lexicon);
  const typed = knowledge.typeModel ? typeByModel(recognition.mentions, recognition.tokens, candidates, knowledge.lexicon, knowledge.typeModel) : { mentions: recognition.mentions, candidates };
  const related = knowledge.relationModel ? relationsByModel(typed.mentions, recognition.tokens, typed.candidates, knowledge.lexicon, knowledge.relationModel) : typed.candidates;
  const result = resolveEntities(article, segmentation, typed.mentions, related, knowledge.entities, knowledge.lexicon.data.roleTypes);
  return { patch: result.patch, issues: [...recognition.issues, ...result.issues] };
}

/** Loads and validates the catalog and lexicon under `dir` (e.g. `seed/catalog`). */
export function loadKnowledge(dir: string): Knowledge {
  return buildKnowledge(readKnowledgeFiles(dir));
}
