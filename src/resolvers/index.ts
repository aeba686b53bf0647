import type { NonEmptyArray } from 'type-graphql';
import { HealthResolver } from './health.resolver';

/** Every resolver class of the schema. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [HealthResolver];
