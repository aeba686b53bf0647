import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { AskIntent } from '../ask/intents';
import { EntityInterface } from './entity.interface';
import { ListSize } from './list-size';
import { EntityType } from './vocabulary.enums';

registerEnumType(AskIntent, {
  name: 'AskIntent',
  description: 'What a question in words asks for; each runs one operation of this API (see `AskInterpretation.operation`).',
});

export const EntityMatch = { NAME: 'NAME', FUZZY: 'FUZZY' } as const;
registerEnumType(EntityMatch, {
  name: 'EntityMatch',
  description: 'How a name in a question was matched to an entity.',
  valuesConfig: {
    NAME: { description: 'By name or alias, as `entity(name:)` looks it up (case-, hyphen-, spacing- and plural-insensitive).' },
    FUZZY: { description: 'By the closest spelling among full-text search hits (a typo).' },
  },
});

@ObjectType('AskEntity', { description: 'An entity a question names: the words as written and the entity they were read as.' })
export class AskEntityObject {
  @Field({ description: 'The name as written in the question.' })
  text!: string;

  @Field(() => EntityInterface, { description: 'The entity it was read as.' })
  entity!: EntityInterface;

  @Field(() => EntityMatch, { description: 'How the name was matched.' })
  match!: keyof typeof EntityMatch;
}

@ObjectType('AskInterpretation', { description: 'How `ask` read a question, and the operation it ran: paste `operation` and `variables` into the IDE to run it yourself.' })
export class AskInterpretationObject {
  @Field(() => AskIntent, { description: 'What the question asks for.' })
  intent!: AskIntent;

  @Field({ description: 'The intent in words.' })
  description!: string;

  @Field({ description: 'The phrasing pattern that matched (seed/ask/phrasings.yaml).' })
  pattern!: string;

  @Field(() => [AskEntityObject], { description: 'The entities the question names, in order.' })
  @ListSize({ assumedSize: 2 })
  entities!: AskEntityObject[];

  @Field(() => EntityType, { nullable: true, description: 'The entity type the question names, if any.' })
  type!: EntityType | null;

  @Field({ description: 'Name of the operation in `operation`.' })
  operationName!: string;

  @Field({ description: 'The GraphQL operation it ran (of this API, nothing private).' })
  operation!: string;

  @Field(() => GraphQLJSONObject, { description: 'The variables it ran the operation with.' })
  variables!: Record<string, unknown>;
}

@ObjectType('AskAnswer', { description: 'The answer to a question: in words, and as the data of the operation that produced it.' })
export class AskAnswerObject {
  @Field({ description: 'The answer in one paragraph.' })
  summary!: string;

  @Field(() => GraphQLJSONObject, { description: '`data` of the operation, exactly as running it yourself returns it (evidence included).' })
  data!: Record<string, unknown>;

  // The operations `ask` runs return at most 50 entities (src/ask/operations.ts).
  @Field(() => [EntityInterface], { description: 'The entities the answer names, in order (at most 50).' })
  @ListSize({ assumedSize: 50 })
  entities!: EntityInterface[];
}

@ObjectType('AskResult', { description: 'A question in words, how it was read and its answer; or, when it was not understood, phrasings that are.' })
export class AskResultObject {
  @Field({ description: 'The question as asked.' })
  question!: string;

  @Field({ description: 'True when the question was read and its entities found (then `interpretation` and `answer` are set).' })
  understood!: boolean;

  @Field({ description: 'What was done, or why nothing was.' })
  message!: string;

  @Field(() => AskInterpretationObject, { nullable: true, description: 'How the question was read; null when it was not understood.' })
  interpretation!: AskInterpretationObject | null;

  @Field(() => AskAnswerObject, { nullable: true, description: 'The answer; null when the question was not understood.' })
  answer!: AskAnswerObject | null;

  @Field(() => [String], { description: 'When not understood: questions that would be (with the names it has, when it found similar ones).' })
  suggestions!: string[];
}
