import { EntityType } from '../domain/vocabulary';

/** What a question asks for; each intent runs one GraphQL operation (operations.ts). */
export const AskIntent = {
  SOLUTIONS_USING: 'SOLUTIONS_USING',
  USES: 'USES',
  BUILT_ON: 'BUILT_ON',
  BUILT_ON_IT: 'BUILT_ON_IT',
  DEVELOPED_BY: 'DEVELOPED_BY',
  PROPOSED_BY: 'PROPOSED_BY',
  ALTERNATIVES: 'ALTERNATIVES',
  REGULATIONS: 'REGULATIONS',
  FORMER_NAME: 'FORMER_NAME',
  ENABLES: 'ENABLES',
  ENABLED_BY: 'ENABLED_BY',
  ADDRESSES: 'ADDRESSES',
  ADDRESSED_BY: 'ADDRESSED_BY',
  KIND_OF: 'KIND_OF',
  KINDS: 'KINDS',
  PART_OF: 'PART_OF',
  PARTS: 'PARTS',
  RELATION_BETWEEN: 'RELATION_BETWEEN',
  MENTIONS: 'MENTIONS',
  NEIGHBORHOOD: 'NEIGHBORHOOD',
  DESCRIBE: 'DESCRIBE',
  LIST: 'LIST',
  SEARCH: 'SEARCH',
} as const;
export type AskIntent = (typeof AskIntent)[keyof typeof AskIntent];
export const ASK_INTENTS: readonly AskIntent[] = Object.values(AskIntent);

export function isAskIntent(value: unknown): value is AskIntent {
  return typeof value === 'string' && (ASK_INTENTS as readonly string[]).includes(value);
}

/** The slots a question fills: entity names as written (`x`, `y`), an entity type, or free text for SEARCH. */
export interface Slots {
  x?: string;
  y?: string;
  type?: EntityType;
}

/** One way to read a question: the intent, its slots, and how much literal text the pattern matched. */
export interface Reading {
  intent: AskIntent;
  slots: Slots;
  /** The pattern as written in the phrasings file. */
  pattern: string;
  /** Characters of the question matched by literal words (higher is a more specific reading). */
  specificity: number;
}
