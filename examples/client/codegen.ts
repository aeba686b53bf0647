import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for every example operation, from the committed schema: no server needed.
 * Run from the repository root: `npm run client:codegen` (writes examples/client/src/gql/).
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['tests/e2e/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    [process.env.CODEGEN_OUT ?? 'examples/client/src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        nonOptionalTypename: true,
        useTypeImports: true,
        scalars: { JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};
export default config;
