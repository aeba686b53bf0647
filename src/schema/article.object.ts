import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ListSize, SIZED_BY_PARENT } from './list-size';
import { PageInfoObject } from './page-info.object';
import { RelationObject } from './relation.object';

@ObjectType('Article', { description: 'A source article the graph was extracted from.' })
export class ArticleObject {
  @Field(() => ID, { description: 'Stable id, `article:<slug of its path>`.' })
  id!: string;

  @Field({ description: 'Title (front-matter or first line).' })
  title!: string;

  @Field({ description: 'Path relative to the articles folder.' })
  path!: string;

  @Field(() => String, { nullable: true, description: 'Publication date (front-matter `date`, ISO 8601), if known.' })
  date!: string | null;

  @Field({ description: 'When it was last ingested (ISO 8601 date-time).' })
  ingestedAt!: string;
}

@ObjectType('Fact', { description: 'A relation an article supports, with the evidence from that article only.' })
export class FactObject extends RelationObject {}

@ObjectType('ArticleEdge', { description: 'An article in a page of articles.' })
export class ArticleEdgeObject {
  @Field({ description: 'Opaque cursor of this article; pass it as `after` for the next page.' })
  cursor!: string;

  @Field(() => ArticleObject, { description: 'The article.' })
  node!: ArticleObject;
}

@ObjectType('ArticleConnection', { description: 'A page of articles ordered by id (Relay connection).' })
export class ArticleConnectionObject {
  @Field(() => [ArticleEdgeObject], { description: 'The articles of this page.' })
  @ListSize(SIZED_BY_PARENT)
  edges!: ArticleEdgeObject[];

  @Field(() => PageInfoObject, { description: 'Where this page sits.' })
  pageInfo!: PageInfoObject;

  @Field(() => Int, { description: 'Number of articles in the graph.' })
  totalCount!: number;
}
