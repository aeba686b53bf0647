import { Field, Float, ID, InterfaceType, ObjectType } from 'type-graphql';
import type { Entity } from '../domain/graph';
import { ENTITY_TYPES, EntityType } from '../domain/vocabulary';
import './vocabulary.enums';

@InterfaceType('Entity', {
  description: 'Something the articles talk about. Each `EntityType` has its own object type, so clients can switch on `__typename`.',
  resolveType: (value: Entity) => value.type,
})
export abstract class EntityInterface {
  @Field(() => ID, { description: 'Stable id, `<type>:<slug>`, e.g. `technique:validity-proofs`.' })
  id!: string;

  @Field({ description: 'Canonical name.' })
  name!: string;

  @Field(() => EntityType, { description: 'Kind of entity (the same as `__typename`).' })
  type!: EntityType;

  @Field(() => [String], { description: 'Other names it is known by (abbreviations, former names, spellings).' })
  aliases!: string[];

  @Field(() => String, { nullable: true, description: 'Short description from the catalog; null for discovered entities.' })
  description!: string | null;

  @Field({ description: 'True when the ingest found it in the text rather than in the catalog.' })
  discovered!: boolean;

  @Field(() => Float, { description: 'How sure the ingest is that this entity exists: 1 for catalog entities, lower when discovered.' })
  confidence!: number;
}

const DESCRIPTIONS: Record<EntityType, string> = {
  Project: 'A named product or protocol.',
  Network: 'A blockchain or network.',
  Technique: 'A technical method.',
  Concept: 'An idea or category.',
  Organization: 'A company, body or institution.',
  Person: 'A named person.',
  Regulation: 'A law or rulebook.',
  Initiative: 'A programme, compact or declaration.',
  UseCase: 'An application area.',
  Challenge: 'A problem the ecosystem faces.',
};

/** One object type per entity type, all implementing `Entity`; their fields and resolvers come from the interface. */
export const ENTITY_OBJECT_TYPES = ENTITY_TYPES.map((type) => {
  const objectType = class extends EntityInterface {};
  Object.defineProperty(objectType, 'name', { value: `${type}Object` });
  ObjectType(type, { implements: EntityInterface, description: `${DESCRIPTIONS[type]} An \`Entity\` of type ${type}.` })(objectType);
  return objectType;
});
