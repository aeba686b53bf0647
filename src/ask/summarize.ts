import { AskIntent } from './intents';

/** What an answer says in words, and the entities it names (ids, in order). */
export interface Summary {
  items: string[];
  entityIds: string[];
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Reads the root field's data of the operation an intent ran (operations.ts) into items and entity ids. */
export function summarize(intent: AskIntent, value: unknown): Summary {
  const items: string[] = [];
  const ids: string[] = [];
  const add = (entity: unknown, text?: string) => {
    const e = obj(entity);
    if (str(e.id) && !ids.includes(str(e.id))) ids.push(str(e.id));
    items.push(text ?? str(e.name));
  };
  switch (intent) {
    case AskIntent.RELATION_BETWEEN:
      for (const path of list(value)) {
        const steps = list(path.steps);
        for (const n of list(path.nodes)) if (!ids.includes(str(n.id))) ids.push(str(n.id));
        const first = obj(steps[0]);
        const start = str(list(path.nodes)[0]?.name) || str(obj(first.subject).name);
        let text = start;
        let at = start;
        for (const s of steps) {
          const subject = str(obj(s.subject).name);
          const object = str(obj(s.object).name);
          const forward = subject === at;
          at = forward ? object : subject;
          text += forward ? ` —${str(s.type)}→ ${object}` : ` ←${str(s.type)}— ${subject}`;
        }
        items.push(text);
      }
      break;
    case AskIntent.DESCRIBE:
    case AskIntent.MENTIONS: {
      const e = obj(value);
      if (str(e.id)) ids.push(str(e.id));
      if (intent === AskIntent.DESCRIBE) {
        if (str(e.description)) items.push(`${str(e.name)} (${str(e.__typename)}): ${str(e.description)}`);
        else items.push(`${str(e.name)} (${str(e.__typename)}${e.discovered ? ', discovered in the articles' : ''})`);
        for (const edge of list(obj(e.relations).edges)) {
          const node = obj(edge.node);
          add(node, edge.direction === 'OUT' ? `${str(e.name)} ${str(edge.type)} ${str(node.name)}` : `${str(node.name)} ${str(edge.type)} ${str(e.name)}`);
        }
      } else {
        for (const m of list(e.mentions)) items.push(`${str(obj(m.article).title)} (${String(m.count)}×)`);
      }
      break;
    }
    case AskIntent.NEIGHBORHOOD:
      for (const n of list(obj(value).nodes)) add(n);
      break;
    case AskIntent.REGULATIONS:
    case AskIntent.LIST:
      for (const edge of list(obj(value).edges)) add(edge.node);
      break;
    case AskIntent.SEARCH:
      for (const hit of list(value)) if (!ids.includes(str(obj(hit.entity).id))) add(hit.entity);
      break;
    default:
      for (const r of list(value)) add(r.entity, `${str(obj(r.entity).name)} (${r.hops === 1 ? 'directly' : `${String(r.hops)} hops`})`);
  }
  return { items, entityIds: ids };
}
