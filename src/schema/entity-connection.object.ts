import { Field, Int, ObjectType } from 'type-graphql';
import { EntityInterface } from './entity.interface';
import { ListSize, SIZED_BY_PARENT } from './list-size';
import { PageInfoObject } from './page-info.object';

@ObjectType('EntityEdge', { description: 'An entity in a page of entities.' })
export class EntityEdgeObject {
  @Field({ description: 'Opaque keyset cursor of this entity; pass it as `after` for the next page.' })
  cursor!: string;

  @Field(() => EntityInterface, { description: 'The entity.' })
  node!: EntityInterface;
}

@ObjectType('EntityConnection', { description: 'A page of entities (Relay connection with keyset cursors).' })
export class EntityConnectionObject {
  @Field(() => [EntityEdgeObject], { description: 'The entities of this page, in the requested order.' })
  @ListSize(SIZED_BY_PARENT)
  edges!: EntityEdgeObject[];

  @Field(() => PageInfoObject, { description: 'Where this page sits.' })
  pageInfo!: PageInfoObject;

  @Field(() => Int, { description: 'Number of entities matching the filter, on all pages.' })
  totalCount!: number;
}
