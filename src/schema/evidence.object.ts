import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { RelationType } from './vocabulary.enums';

@ObjectType('Evidence', { description: 'Why we believe a relation: one sentence of one article, and the rule that read it.' })
export class EvidenceObject {
  @Field(() => ID, { description: 'Stable id of this piece of evidence.' })
  id!: string;

  @Field({ description: 'The sentence (or list item), verbatim.' })
  sentence!: string;

  @Field(() => Int, { description: 'Offset of the sentence in the article body (UTF-16 code units).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the sentence in the article body.' })
  end!: number;

  @Field(() => String, { nullable: true, description: 'The nearest heading above the sentence, if any.' })
  section!: string | null;

  @Field({ description: 'The extraction rule that produced it, e.g. `cue:uses` or `section:list-label`.' })
  rule!: string;

  @Field(() => Float, { description: 'How sure the rule is, from 0 to 1.' })
  confidence!: number;

  @Field(() => RelationType, { name: 'relationType', description: 'Type of the relation it supports.' })
  type!: RelationType;
}
