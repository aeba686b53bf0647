import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Direction, EntityType, RelationType } from './vocabulary.enums';

export const EntityOrderField = { NAME: 'NAME', CONNECTIONS: 'CONNECTIONS' } as const;
export type EntityOrderField = (typeof EntityOrderField)[keyof typeof EntityOrderField];
registerEnumType(EntityOrderField, {
  name: 'EntityOrderField',
  description: 'What entities can be sorted by.',
  valuesConfig: {
    NAME: { description: 'Name, case-insensitive.' },
    CONNECTIONS: { description: 'Number of relations, either direction.' },
  },
});

export const SortDirection = { ASC: 'ASC', DESC: 'DESC' } as const;
export type SortDirection = (typeof SortDirection)[keyof typeof SortDirection];
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort order.',
  valuesConfig: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest first.' } },
});

@InputType('StringFilter', { description: 'Conditions on a name; all given conditions must hold.' })
export class StringFilterInput {
  @Field(() => String, { nullable: true, description: 'Equal to the name or an alias, ignoring case, hyphens, spacing and plurals.' })
  eq?: string | null;

  @Field(() => String, { nullable: true, description: 'The name contains this text (case-insensitive).' })
  contains?: string | null;

  @Field(() => String, { nullable: true, description: 'The name starts with this text (case-insensitive).' })
  startsWith?: string | null;
}

@InputType('RelatedFilter', { description: 'The entity has a relation to (or from) a given entity.' })
export class RelatedFilterInput {
  @Field(() => ID, { description: 'Id of the other entity.' })
  to!: string;

  @Field(() => RelationType, { nullable: true, description: 'Type of the relation; any type when omitted.' })
  type?: RelationType | null;

  @Field(() => Direction, { nullable: true, defaultValue: Direction.OUT, description: 'OUT: the entity is the subject (e.g. it USES `to`); IN: it is the object; BOTH: either.' })
  direction!: Direction;
}

@InputType('EntityWhere', { description: 'Filters on entities; all given filters must hold.' })
export class EntityWhereInput {
  @Field(() => [EntityType], { nullable: true, description: 'One of these types.' })
  type?: EntityType[] | null;

  @Field(() => StringFilterInput, { nullable: true, description: 'Conditions on the name.' })
  name?: StringFilterInput | null;

  @Field(() => Boolean, { nullable: true, description: 'Only discovered (true) or only catalog (false) entities.' })
  discovered?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Mentioned in the article with this id.' })
  mentionedIn?: string | null;

  @Field(() => RelatedFilterInput, { nullable: true, description: 'Has a relation with the given entity.' })
  related?: RelatedFilterInput | null;
}

@InputType('EntityOrderBy', { description: 'Sort order of an entity list; ties are broken by id.' })
export class EntityOrderByInput {
  @Field(() => EntityOrderField, { defaultValue: EntityOrderField.NAME, description: 'What to sort by.' })
  field!: EntityOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Ascending or descending.' })
  direction!: SortDirection;
}

@ArgsType()
export class EntitiesArgs {
  @Field(() => EntityWhereInput, { nullable: true, description: 'Filters; all entities when omitted.' })
  where?: EntityWhereInput | null;

  @Field(() => EntityOrderByInput, { nullable: true, description: 'Sort order; by name ascending when omitted.' })
  orderBy?: EntityOrderByInput | null;

  @Field(() => Int, { nullable: true, description: 'Page size (default and maximum are configured: DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: '`endCursor` of the previous page.' })
  after?: string | null;
}
