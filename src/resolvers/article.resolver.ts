import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Article, ArticleFact, Entity } from '../domain/graph';
import { ArticleConnectionObject, ArticleObject, FactObject } from '../schema/article.object';
import { EntityInterface } from '../schema/entity.interface';
import { BY_FIRST, ListSize } from '../schema/list-size';
import { decodeCursor, encodeCursor, FIRST_ARG, pageInfo, pageSize } from '../schema/pagination';

@Resolver(() => ArticleObject)
export class ArticleResolver {
  @Query(() => ArticleObject, { nullable: true, description: 'One article by id, or null when unknown.' })
  article(@Arg('id', () => ID, { description: 'The article id, e.g. `article:layer-2-scaling`.' }) id: string, @Ctx() { loaders }: Context): Promise<Article | null> {
    return loaders.articleById.load(id);
  }

  @Query(() => ArticleConnectionObject, { description: 'The ingested articles ordered by id, one page at a time.' })
  @ListSize(BY_FIRST)
  async articles(
    @Arg('first', () => Int, { nullable: true, description: 'Page size (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: '`endCursor` of the previous page.' }) after: string | null,
    @Ctx() { repos, config }: Context,
  ) {
    const size = pageSize(first, config);
    const afterId = after ? String(decodeCursor(after, 'articles')[0]) : null;
    const [rows, totalCount] = await Promise.all([repos.articles.findPage(afterId, size + 1), repos.articles.count()]);
    const cursorOf = (a: Article) => encodeCursor('articles', [a.id]);
    const { page, pageInfo: info } = pageInfo(rows, size, after, cursorOf);
    return { edges: page.map((a) => ({ cursor: cursorOf(a), node: a })), pageInfo: info, totalCount };
  }

  @FieldResolver(() => String, { nullable: true, description: 'Where it comes from (front-matter `source`) when that is an http(s) URL; else null.' })
  source(@Root() article: Article): string | null {
    return webAddress(article.source);
  }

  @FieldResolver(() => [EntityInterface], { description: 'The entities the article names, in order of first mention.' })
  @ListSize(BY_FIRST)
  entities(@Root() article: Article, @Arg('first', () => Int, FIRST_ARG) first: number | null, @Ctx() { loaders, config }: Context): Promise<Entity[]> {
    return loaders.entitiesByArticleId(pageSize(first, config)).load(article.id);
  }

  @FieldResolver(() => [FactObject], { description: 'The relations the article supports, in order of their first evidence, each with the evidence from this article.' })
  @ListSize(BY_FIRST)
  facts(@Root() article: Article, @Arg('first', () => Int, FIRST_ARG) first: number | null, @Ctx() { loaders, config }: Context): Promise<ArticleFact[]> {
    return loaders.factsByArticleId(pageSize(first, config)).load(article.id);
  }
}

/** `source` when it is an absolute http(s) URL: anything else (`javascript:`, `data:`, free text) is not served as a link. */
function webAddress(source: string | null): string | null {
  if (source === null || !/^https?:\/\//i.test(source) || !URL.canParse(source)) return null;
  const { protocol } = new URL(source);
  return protocol === 'http:' || protocol === 'https:' ? source : null;
}
