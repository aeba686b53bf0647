import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import type { SearchHit } from '../domain/graph';
import { MAX_SEARCH_TEXT_LENGTH, MAX_SEARCH_WORD_LENGTH, searchWords } from '../db/repositories/fulltext';
import { BadInputError } from '../errors';
import { BY_FIRST, ListSize } from '../schema/list-size';
import { pageSize } from '../schema/pagination';
import { SearchHitObject } from '../schema/search.object';
import { EntityType } from '../schema/vocabulary.enums';

@Resolver(() => SearchHitObject)
export class SearchResolver {
  @Query(() => [SearchHitObject], {
    description: 'Full-text search over entity names, aliases and descriptions and (unless `evidence: false`) over evidence sentences, best first. Any text is safe: query syntax is escaped.',
  })
  @ListSize(BY_FIRST)
  async search(
    @Arg('text', {
      description: `Words to look for; each also matches as a prefix ("rollup" finds "rollups"). At most ${MAX_SEARCH_TEXT_LENGTH} characters, words of at most ${MAX_SEARCH_WORD_LENGTH}.`,
    })
    text: string,
    @Arg('types', () => [EntityType], { nullable: true, description: 'Only hits whose entity has one of these types.' }) types: EntityType[] | null,
    @Arg('first', () => Int, { nullable: true, description: 'How many hits at most (default DEFAULT_PAGE_SIZE, at most MAX_PAGE_SIZE).' }) first: number | null,
    @Arg('evidence', () => Boolean, {
      defaultValue: true,
      description: 'Also match evidence sentences; false searches entity names, aliases and descriptions only, which is faster.',
    })
    evidence: boolean,
    @Ctx() { repos, config }: Context,
  ) {
    const limit = pageSize(first, config);
    if (text.length > MAX_SEARCH_TEXT_LENGTH) throw new BadInputError(`text must be at most ${MAX_SEARCH_TEXT_LENGTH} characters (got ${text.length}).`, 'text');
    const words = searchWords(text);
    if (words.length === 0) throw new BadInputError('text must contain at least one word (letters or digits).', 'text');
    const longest = Math.max(...words.map((w) => w.length));
    if (longest > MAX_SEARCH_WORD_LENGTH) throw new BadInputError(`each word of text must be at most ${MAX_SEARCH_WORD_LENGTH} characters (got one of ${longest}).`, 'text');
    const hits = await repos.search.search({ text, types: types && types.length > 0 ? types : null, limit, evidence });
    return hits.map((h: SearchHit) => ({ entity: h.entity, score: h.score, matchedField: h.field, evidence: h.evidence }));
  }
}
