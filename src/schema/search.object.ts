import { Field, Float, ObjectType } from 'type-graphql';
import { EntityInterface } from './entity.interface';
import { EvidenceObject } from './evidence.object';
import { SearchField } from './vocabulary.enums';

@ObjectType('SearchHit', { description: 'One full-text match.' })
export class SearchHitObject {
  @Field(() => EntityInterface, { description: 'The entity that matched, or for an evidence match the subject of the relation.' })
  entity!: EntityInterface;

  @Field(() => Float, { description: 'Relevance from the full-text index (higher is better; comparable within one search).' })
  score!: number;

  @Field(() => SearchField, { description: 'Where the text matched.' })
  matchedField!: SearchField;

  @Field(() => EvidenceObject, { nullable: true, description: 'The evidence sentence that matched, for `EVIDENCE` hits.' })
  evidence!: EvidenceObject | null;
}
