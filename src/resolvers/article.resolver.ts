import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import type { Article, ArticleFact, Entity } from '../domain/graph';
import { ArticleConnectionObject, ArticleObject, FactObject } from '../schema/article.object';
import { EntityInterface } from '../schema/entity.interface';
import { decodeCursor, encodeCursor, pageInfo, pageSize } from '../schema/pagination';

@Resolver(() => ArticleObject)
export class ArticleResolver {
  @Query(() => ArticleObject, { nullable: true, description: 'One article by id, or null when unknown.' })
  article(@Arg('id', () => ID, { description: 'The article id, e.g. `article:layer-2-scaling`.' }) id: string, @Ctx() { loaders }: Context): Promise<Article | null> {
    return loaders.articleById.load(id);
  }

  @Query(() => ArticleConnectionObject, { description: 'The ingested articles ordered by id, one page at a time.' })
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

  @FieldResolver(() => [EntityInterface], { description: 'The entities the article names, in order of first mention.' })
  entities(@Root() article: Article, @Ctx() { loaders }: Context): Promise<Entity[]> {
    return loaders.entitiesByArticleId.load(article.id);
  }

  @FieldResolver(() => [FactObject], { description: 'The relations the article supports, each with the evidence from this article.' })
  facts(@Root() article: Article, @Ctx() { loaders }: Context): Promise<ArticleFact[]> {
    return loaders.factsByArticleId.load(article.id);
  }
}
