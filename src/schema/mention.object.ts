import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('MentionOccurrence', { description: 'One place where an article names an entity. Offsets are into the article body (UTF-16).' })
export class MentionOccurrenceObject {
  @Field(() => Int, { description: 'Offset of the name.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the name.' })
  end!: number;

  @Field({ description: 'The name as written there.' })
  surface!: string;

  @Field(() => Int, { description: 'Offset of the sentence holding the name.' })
  sentenceStart!: number;

  @Field(() => Int, { description: 'Offset just past that sentence.' })
  sentenceEnd!: number;

  @Field(() => String, { nullable: true, description: 'The sentence text, when the graph keeps it (as evidence of some relation); else null.' })
  sentence!: string | null;
}

@ObjectType('Mention', { description: 'The places where one article names an entity.' })
export class MentionObject {
  @Field(() => Int, { description: 'How many times the article names it.' })
  count!: number;
}
