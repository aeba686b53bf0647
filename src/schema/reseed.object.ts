import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('FailedArticle', { description: 'An article file the ingest could not read or analyse; the graph keeps its old state.' })
export class FailedArticleObject {
  @Field({ description: 'Path relative to the articles folder.' })
  path!: string;

  @Field({ description: 'What went wrong.' })
  reason!: string;
}

@ObjectType('ReseedArticles', { description: 'Article paths by what happened to them.' })
export class ReseedArticlesObject {
  @Field(() => [String], { description: 'Articles ingested for the first time.' })
  new!: string[];

  @Field(() => [String], { description: 'Articles whose content changed and were re-ingested.' })
  changed!: string[];

  @Field(() => [String], { description: 'Articles left as they were.' })
  unchanged!: string[];

  @Field(() => [String], { description: 'Articles deleted from the graph because their file is gone.' })
  removed!: string[];

  @Field(() => [FailedArticleObject], { description: 'Articles skipped because of an error.' })
  failed!: FailedArticleObject[];
}

@ObjectType('IngestIssue', { description: 'A data problem the ingest met (ambiguous name, skipped sentence…).' })
export class IngestIssueObject {
  @Field({ description: 'Stage that reported it.' })
  stage!: string;

  @Field({ description: 'Article it concerns.' })
  articleId!: string;

  @Field({ description: 'What the problem is.' })
  message!: string;
}

@ObjectType('ReseedReport', { description: 'What a re-seed changed (or, with dryRun, would change).' })
export class ReseedReportObject {
  @Field({ description: 'True when nothing was written.' })
  dryRun!: boolean;

  @Field(() => ReseedArticlesObject, { description: 'Articles by outcome.' })
  articles!: ReseedArticlesObject;

  @Field(() => Int, { description: 'Entities created.' })
  entitiesAdded!: number;

  @Field(() => Int, { description: 'Entities deleted.' })
  entitiesRemoved!: number;

  @Field(() => Int, { description: 'Relations created.' })
  relationsAdded!: number;

  @Field(() => Int, { description: 'Relations deleted.' })
  relationsRemoved!: number;

  @Field(() => Int, { description: 'Pieces of evidence created.' })
  evidenceAdded!: number;

  @Field(() => Int, { description: 'Pieces of evidence deleted.' })
  evidenceRemoved!: number;

  @Field(() => [IngestIssueObject], { description: 'Data problems found on the way.' })
  issues!: IngestIssueObject[];

  @Field(() => Int, { description: 'How long it took, in milliseconds.' })
  durationMs!: number;
}
