import { Field, Float, Int, ObjectType } from 'type-graphql';
import { EntityInterface } from './entity.interface';
import { ListSize, SIZED_BY_PARENT } from './list-size';
import { PageInfoObject } from './page-info.object';
import { Direction, RelationType } from './vocabulary.enums';

@ObjectType('Relation', { description: 'A stored relation: subject, type, object, and (through `evidence`) why we believe it.' })
export class RelationObject {
  @Field(() => EntityInterface, { description: 'The entity the relation starts from.' })
  subject!: EntityInterface;

  @Field(() => RelationType, { description: 'Kind of relation.' })
  type!: RelationType;

  @Field(() => EntityInterface, { description: 'The entity the relation points to.' })
  object!: EntityInterface;

  @Field(() => Float, { description: 'Highest confidence among its evidence.' })
  confidence!: number;

  @Field(() => Int, { description: 'How many pieces of evidence support it.' })
  evidenceCount!: number;
}

@ObjectType('RelationEdge', { description: 'One relation of an entity, seen from that entity.' })
export class RelationEdgeObject {
  @Field({ description: 'Opaque cursor of this edge; pass it as `after` for the next page.' })
  cursor!: string;

  @Field(() => RelationType, { description: 'Kind of relation.' })
  type!: RelationType;

  @Field(() => Direction, { description: 'OUT when the entity is the subject, IN when it is the object.' })
  direction!: Direction;

  @Field(() => EntityInterface, { description: 'The entity at the other end.' })
  node!: EntityInterface;

  @Field(() => Float, { description: 'Highest confidence among its evidence.' })
  confidence!: number;

  @Field(() => Int, { description: 'How many pieces of evidence support it.' })
  evidenceCount!: number;
}

@ObjectType('RelationConnection', { description: "A page of an entity's relations (Relay connection)." })
export class RelationConnectionObject {
  @Field(() => [RelationEdgeObject], { description: 'The relations of this page, ordered by direction, type and the other entity.' })
  @ListSize(SIZED_BY_PARENT)
  edges!: RelationEdgeObject[];

  @Field(() => PageInfoObject, { description: 'Where this page sits.' })
  pageInfo!: PageInfoObject;

  @Field(() => Int, { description: 'Number of relations matching the filter, on all pages.' })
  totalCount!: number;
}
