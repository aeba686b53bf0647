import type { EntityType } from '../domain/vocabulary';
import type { Entity } from '../domain/graph';
import { entitySlots, ASK_OPERATIONS, type AskOperation, type ResolvedSlots } from './operations';
import { interpret } from './interpret';
import type { AskIntent, Reading } from './intents';
import type { Phrasings } from './phrasings';
import { resolveEntityName, type EntityLookup, type EntityMatch } from './resolve-entity';
import { summarize } from './summarize';

/** An entity a question names, as written and as found. */
export interface ResolvedName {
  text: string;
  entity: Entity;
  match: EntityMatch;
}

export interface AskInterpretation {
  intent: AskIntent;
  description: string;
  /** The phrasing pattern that matched. */
  pattern: string;
  entities: ResolvedName[];
  type: EntityType | null;
  operationName: string;
  operation: string;
  variables: Record<string, unknown>;
}

export interface AskAnswer {
  summary: string;
  data: Record<string, unknown>;
  entityIds: string[];
}

export interface AskOutcome {
  question: string;
  understood: boolean;
  message: string;
  interpretation: AskInterpretation | null;
  answer: AskAnswer | null;
  suggestions: string[];
}

export interface AskDeps {
  phrasings: Phrasings;
  lookup: EntityLookup;
  /** Runs one of our GraphQL operations with the request's context; returns its `data` or throws its first error. */
  run(operation: AskOperation, variables: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** Readings tried, most specific first, before giving up. */
const MAX_READINGS = 6;
/** A question this short with no phrasing may simply be a name ("Quillnet?"). */
const MAX_BARE_NAME_WORDS = 6;

const fill = (template: string, slots: ResolvedSlots) =>
  template
    .replace('{x}', slots.x?.name ?? slots.text ?? '')
    .replace('{y}', slots.y?.name ?? '')
    .replace('{type}', slots.type ?? '');

/**
 * Answers a question in words with one of our GraphQL operations: reads it with the phrasings, looks up the
 * entities it names (typo-tolerant), runs the operation and summarizes its data. Says so when it understands
 * nothing, with phrasings it does understand.
 */
export async function ask(question: string, deps: AskDeps): Promise<AskOutcome> {
  const { phrasings } = deps;
  let readings = interpret(question, phrasings).slice(0, MAX_READINGS);
  const bare = question.replace(/[?.!]+\s*$/, '').trim();
  if (readings.length === 0 && bare !== '' && bare.split(/\s+/).length <= MAX_BARE_NAME_WORDS) {
    readings = [{ intent: 'DESCRIBE', slots: { x: bare }, pattern: '{x}', specificity: 0 }];
  }
  const misses: { reading: Reading; text: string; candidates: Entity[] }[] = [];
  for (const reading of readings) {
    const names: ResolvedName[] = [];
    let missing = false;
    for (const slot of entitySlots(reading.intent)) {
      const text = reading.slots[slot];
      if (text === undefined) {
        missing = true;
        break;
      }
      const found = await resolveEntityName(text, deps.lookup);
      if (found.entity === null) {
        misses.push({ reading, text, candidates: found.candidates });
        missing = true;
        break;
      }
      names.push({ text, entity: found.entity, match: found.match });
    }
    if (missing || (reading.intent === 'LIST' && !reading.slots.type)) continue;
    if (names.length === 2 && names[0]!.entity.id === names[1]!.entity.id) continue;
    return answerReading(question, reading, names, deps);
  }
  return notUnderstood(question, readings, misses, phrasings);
}

async function answerReading(question: string, reading: Reading, names: ResolvedName[], deps: AskDeps): Promise<AskOutcome> {
  const spec = deps.phrasings.intents.find((i) => i.intent === reading.intent)!;
  const operation = ASK_OPERATIONS[reading.intent];
  const slots: ResolvedSlots = { x: names[0]?.entity, y: names[1]?.entity, type: reading.slots.type, text: reading.intent === 'SEARCH' ? reading.slots.x : undefined };
  const variables = operation.variables(slots);
  const data = await deps.run(operation, variables);
  const { items, entityIds } = summarize(reading.intent, data[operation.field]);
  const title = fill(spec.title, slots);
  const summary = items.length === 0 ? `${title}: nothing in the graph.` : `${title}: ${items.join('; ')}.`;
  const fuzzy = names.filter((n) => n.match === 'FUZZY').map((n) => `"${n.text}" read as ${n.entity.name}`);
  return {
    question,
    understood: true,
    message: `${spec.description}${fuzzy.length ? ` (${fuzzy.join(', ')})` : ''}`,
    interpretation: {
      intent: reading.intent,
      description: spec.description,
      pattern: reading.pattern,
      entities: names,
      type: reading.slots.type ?? null,
      operationName: operation.operationName,
      operation: operation.text,
      variables,
    },
    answer: { summary, data, entityIds },
    suggestions: [],
  };
}

function notUnderstood(question: string, readings: Reading[], misses: { reading: Reading; text: string; candidates: Entity[] }[], phrasings: Phrasings): AskOutcome {
  const miss = misses[0];
  if (miss && readings[0]?.specificity !== 0) {
    const spec = phrasings.intents.find((i) => i.intent === miss.reading.intent)!;
    const suggestions = miss.candidates.map((c) => question.replace(miss.text, c.name));
    return {
      question,
      understood: false,
      message: `I read this as "${spec.description}" but know no entity named "${miss.text}".${suggestions.length ? ' Did you mean one of the suggestions?' : ''}`,
      interpretation: null,
      answer: null,
      suggestions,
    };
  }
  return {
    question,
    understood: false,
    message: 'I did not understand the question. These are questions I understand:',
    interpretation: null,
    answer: null,
    suggestions: phrasings.intents.map((i) => i.example),
  };
}
