import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { ArticleFact, ArticleMentions, Article, Entity, Evidence, MentionOccurrence, Relation } from '../domain/graph';
import { ArticleObject, FactObject } from '../schema/article.object';
import { EntityInterface } from '../schema/entity.interface';
import { EvidenceObject } from '../schema/evidence.object';
import { BY_FIRST, ListSize, type ListBound } from '../schema/list-size';
import { MentionObject, MentionOccurrenceObject } from '../schema/mention.object';
import { RelationEdgeObject, RelationObject } from '../schema/relation.object';
import { DEFAULT_EVIDENCE_PER_RELATION, evidencePageSize, FIRST_ARG, pageSize } from '../schema/pagination';
import type { RelationEdge } from './entity-fields.resolver';

const EVIDENCE = { description: 'The evidence for the relation, strongest first (`evidenceCount` says how much there is in all).' };
const EVIDENCE_FIRST = {
  nullable: true,
  description: `How many pieces at most (default ${DEFAULT_EVIDENCE_PER_RELATION}, at most MAX_PAGE_SIZE).`,
} as const;
const EVIDENCE_BOUND: ListBound = { slicingArgument: 'first', defaultSize: DEFAULT_EVIDENCE_PER_RELATION };

@Resolver(() => RelationEdgeObject)
export class RelationEdgeResolver {
  @FieldResolver(() => [EvidenceObject], EVIDENCE)
  @ListSize(EVIDENCE_BOUND)
  evidence(@Root() edge: RelationEdge, @Arg('first', () => Int, EVIDENCE_FIRST) first: number | null, @Ctx() { loaders, config }: Context): Promise<Evidence[]> {
    return loaders.evidenceByRelationKey(evidencePageSize(first, config)).load(edge.relKey);
  }
}

@Resolver(() => RelationObject)
export class RelationResolver {
  @FieldResolver(() => [EvidenceObject], EVIDENCE)
  @ListSize(EVIDENCE_BOUND)
  evidence(@Root() relation: Relation, @Arg('first', () => Int, EVIDENCE_FIRST) first: number | null, @Ctx() { loaders, config }: Context): Promise<Evidence[]> {
    return loaders.evidenceByRelationKey(evidencePageSize(first, config)).load(relation.relKey);
  }
}

@Resolver(() => FactObject)
export class FactResolver {
  @FieldResolver(() => [EvidenceObject], { description: 'The evidence for the relation from this article only, strongest first.' })
  @ListSize(EVIDENCE_BOUND)
  evidence(@Root() fact: ArticleFact, @Arg('first', () => Int, EVIDENCE_FIRST) first: number | null, @Ctx() { loaders, config }: Context): Promise<Evidence[]> {
    return loaders.evidenceInArticle(evidencePageSize(first, config)).load(`${fact.articleId} ${fact.relKey}`);
  }
}

@Resolver(() => EvidenceObject)
export class EvidenceResolver {
  @FieldResolver(() => ArticleObject, { nullable: true, description: 'The article the sentence is from.' })
  article(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<Article | null> {
    return loaders.articleById.load(evidence.articleId);
  }

  @FieldResolver(() => EntityInterface, { nullable: true, description: 'Subject of the relation it supports.' })
  subject(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<Entity | null> {
    return loaders.entityById.load(evidence.subjectId);
  }

  @FieldResolver(() => EntityInterface, { nullable: true, description: 'Object of the relation it supports.' })
  object(@Root() evidence: Evidence, @Ctx() { loaders }: Context): Promise<Entity | null> {
    return loaders.entityById.load(evidence.objectId);
  }
}

@Resolver(() => MentionObject)
export class MentionResolver {
  @FieldResolver(() => ArticleObject, { nullable: true, description: 'The article that names the entity.' })
  article(@Root() mention: ArticleMentions, @Ctx() { loaders }: Context): Promise<Article | null> {
    return loaders.articleById.load(mention.articleId);
  }

  @FieldResolver(() => [MentionOccurrenceObject], { description: 'The first `first` occurrences, in text order (`count` says how many there are).' })
  @ListSize(BY_FIRST)
  occurrences(@Root() mention: ArticleMentions, @Arg('first', () => Int, FIRST_ARG) first: number | null, @Ctx() { config }: Context): MentionOccurrence[] {
    return mention.occurrences.slice(0, pageSize(first, config));
  }
}
