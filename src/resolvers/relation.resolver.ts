import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { ArticleFact, ArticleMentions, Article, Entity, Evidence, Relation } from '../domain/graph';
import { ArticleObject, FactObject } from '../schema/article.object';
import { EntityInterface } from '../schema/entity.interface';
import { EvidenceObject } from '../schema/evidence.object';
import { MentionObject } from '../schema/mention.object';
import { RelationEdgeObject, RelationObject } from '../schema/relation.object';
import type { RelationEdge } from './entity-fields.resolver';

const EVIDENCE = { description: 'Every piece of evidence for the relation, strongest first.' };

@Resolver(() => RelationEdgeObject)
export class RelationEdgeResolver {
  @FieldResolver(() => [EvidenceObject], EVIDENCE)
  evidence(@Root() edge: RelationEdge, @Ctx() { loaders }: Context): Promise<Evidence[]> {
    return loaders.evidenceByRelationKey.load(edge.relKey);
  }
}

@Resolver(() => RelationObject)
export class RelationResolver {
  @FieldResolver(() => [EvidenceObject], EVIDENCE)
  evidence(@Root() relation: Relation, @Ctx() { loaders }: Context): Promise<Evidence[]> {
    return loaders.evidenceByRelationKey.load(relation.relKey);
  }
}

@Resolver(() => FactObject)
export class FactResolver {
  @FieldResolver(() => [EvidenceObject], { description: 'The evidence for the relation from this article only.' })
  async evidence(@Root() fact: ArticleFact, @Ctx() { loaders }: Context): Promise<Evidence[]> {
    return (await loaders.evidenceByRelationKey.load(fact.relKey)).filter((ev) => ev.articleId === fact.articleId);
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
}
