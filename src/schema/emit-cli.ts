import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printGraphSchema } from './build-schema';

/** `npm run schema:emit`: writes schema.graphql at the repository root (a test fails when it drifts). */
const target = path.resolve(process.argv[2] ?? 'schema.graphql');
writeFileSync(target, printGraphSchema());
process.stdout.write(`wrote ${target}\n`);
