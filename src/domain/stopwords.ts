/**
 * English function words that carry no meaning in a search: "how is Arbitrum related to fraud proofs" must not
 * rank "Peer-to-Peer Networks" first for its "to". Lower case; `search` drops them unless the text has nothing else.
 */
export const SEARCH_STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'they', 'their', 'we', 'our', 'you', 'your', 'i', 'me', 'my',
  'and', 'or', 'but', 'nor', 'of', 'for', 'with', 'to', 'in', 'on', 'by', 'as', 'at', 'from', 'into', 'onto', 'about', 'than',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'has', 'have', 'had',
  'what', 'which', 'who', 'whom', 'whose', 'how', 'why', 'where', 'when', 'there', 'here',
  'can', 'could', 'would', 'should', 'will', 'shall', 'may', 'might', 'must', 'so', 'if', 'then', 'also', 'all', 'any', 'some',
]);
