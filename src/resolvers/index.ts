import type { NonEmptyArray } from 'type-graphql';
import { ArticleResolver } from './article.resolver';
import { AskResolver } from './ask.resolver';
import { EntityFieldsResolver } from './entity-fields.resolver';
import { EntityResolver } from './entity.resolver';
import { HealthResolver } from './health.resolver';
import { EvidenceResolver, FactResolver, MentionResolver, RelationEdgeResolver, RelationResolver } from './relation.resolver';
import { ReseedResolver } from './reseed.resolver';
import { SearchResolver } from './search.resolver';
import { StatsResolver } from './stats.resolver';
import { TraversalResolver } from './traversal.resolver';

/** Every resolver class of the schema. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
// biome-ignore lint/complexity/noBannedTypes: type-graphql takes its resolver classes as NonEmptyArray<Function>.
export const resolvers: NonEmptyArray<Function> = [
  HealthResolver,
  EntityResolver,
  EntityFieldsResolver,
  RelationEdgeResolver,
  RelationResolver,
  FactResolver,
  EvidenceResolver,
  MentionResolver,
  SearchResolver,
  TraversalResolver,
  ArticleResolver,
  StatsResolver,
  ReseedResolver,
  AskResolver,
];
