import type { IdeExample } from './examples';

/** JSON safe inside a <script> element: no `</script>` or `<!--` can close or confuse it. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The IDE's HTML: GraphiQL from our own assets, the examples as inert JSON read by ide.js. */
export function renderIdePage(examples: readonly IdeExample[]): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Ecosystem knowledge graph · GraphQL IDE</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/ide/assets/graphiql.css">
  <link rel="stylesheet" href="/ide/assets/plugin-explorer.css">
  <style>html, body, #ide { height: 100%; margin: 0; } .graphiql-logo a { font-size: 14px; margin-left: 8px; }</style>
</head>
<body>
  <div id="ide">Loading the GraphQL IDE…</div>
  <script id="ide-examples" type="application/json">${scriptJson(examples)}</script>
  <script src="/ide/assets/react.js"></script>
  <script src="/ide/assets/react-dom.js"></script>
  <script src="/ide/assets/graphiql.js"></script>
  <script src="/ide/assets/plugin-explorer.js"></script>
  <script src="/ide/assets/ide.js"></script>
</body>
</html>
`;
}
