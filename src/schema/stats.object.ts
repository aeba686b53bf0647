import { Field, Int, ObjectType } from 'type-graphql';
import { ENTITY_TYPES, RELATION_TYPES } from '../domain/vocabulary';
import { EntityInterface } from './entity.interface';
import { ListSize } from './list-size';
import { EntityType, RelationType } from './vocabulary.enums';

@ObjectType('EntityTypeCount', { description: 'How many entities have one type.' })
export class EntityTypeCountObject {
  @Field(() => EntityType, { description: 'The type.' })
  type!: EntityType;

  @Field(() => Int, { description: 'Number of entities.' })
  count!: number;
}

@ObjectType('RelationTypeCount', { description: 'How many relations have one type.' })
export class RelationTypeCountObject {
  @Field(() => RelationType, { description: 'The type.' })
  type!: RelationType;

  @Field(() => Int, { description: 'Number of relations.' })
  count!: number;
}

@ObjectType('ConnectedEntity', { description: 'An entity and its number of relations.' })
export class ConnectedEntityObject {
  @Field(() => EntityInterface, { description: 'The entity.' })
  entity!: EntityInterface;

  @Field(() => Int, { description: 'Relations in either direction.' })
  degree!: number;
}

@ObjectType('Stats', { description: 'What the graph holds.' })
export class StatsObject {
  @Field(() => Int, { description: 'Number of entities.' })
  entities!: number;

  @Field(() => Int, { description: 'Number of relations between entities.' })
  relations!: number;

  @Field(() => Int, { description: 'Number of articles.' })
  articles!: number;

  @Field(() => Int, { description: 'Number of pieces of evidence.' })
  evidence!: number;

  @Field(() => [EntityTypeCountObject], { description: 'Entities per type, most first; types with none are left out.' })
  @ListSize({ assumedSize: ENTITY_TYPES.length })
  entitiesByType!: EntityTypeCountObject[];

  @Field(() => [RelationTypeCountObject], { description: 'Relations per type, most first; types with none are left out.' })
  @ListSize({ assumedSize: RELATION_TYPES.length })
  relationsByType!: RelationTypeCountObject[];
}
