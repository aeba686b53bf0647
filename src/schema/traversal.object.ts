import { Field, Int, ObjectType } from 'type-graphql';
import { MAX_TRAVERSAL_HOPS } from '../db/repositories/traversal.repository';
import { EntityInterface } from './entity.interface';
import { ListSize, SIZED_BY_PARENT } from './list-size';
import { RelationObject } from './relation.object';

@ObjectType('Path', { description: 'A chain of relations between entities, each step with its evidence.' })
export class PathObject {
  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field(() => [EntityInterface], { description: 'The entities along the path, in walking order.' })
  @ListSize({ assumedSize: MAX_TRAVERSAL_HOPS + 1 })
  nodes!: EntityInterface[];

  @Field(() => [RelationObject], { description: 'The relations along the path, in walking order; each keeps its own subject and object.' })
  @ListSize({ assumedSize: MAX_TRAVERSAL_HOPS })
  steps!: RelationObject[];
}

@ObjectType('RelatedEntity', { description: 'An entity reached through a chain of relations, with the chain.' })
export class RelatedEntityObject {
  @Field(() => EntityInterface, { description: 'The entity reached.' })
  entity!: EntityInterface;

  @Field(() => Int, { description: 'Number of steps in the shortest chain (1 = directly).' })
  hops!: number;

  @Field(() => PathObject, { description: 'The shortest chain, from the found entity to the one asked about (or the other way for OUT).' })
  path!: PathObject;
}

@ObjectType('Neighborhood', { description: 'Entities around one entity and the relations among them, for drawing.' })
export class NeighborhoodObject {
  @Field(() => EntityInterface, { description: 'The entity at the centre.' })
  center!: EntityInterface;

  // `neighborhood(limit)` counts this object `limit` times: once per entity, with about 4 relations each.
  @Field(() => [EntityInterface], { description: 'Entities within the depth, nearest first (the centre excluded).' })
  @ListSize(SIZED_BY_PARENT)
  nodes!: EntityInterface[];

  @Field(() => [RelationObject], { description: 'Every relation between two of the entities (centre included).' })
  @ListSize({ assumedSize: 4 })
  edges!: RelationObject[];

  @Field({ description: 'True when `limit` cut entities off.' })
  truncated!: boolean;
}
