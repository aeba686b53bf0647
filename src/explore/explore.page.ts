import { ENTITY_TYPES, RELATION_TYPES } from '../domain/vocabulary';

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The explore page's HTML: the vocabulary as inert JSON, everything else done by explore.js over /graphql. */
export function renderExplorePage(scripts: readonly string[]): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Ecosystem knowledge graph · Explore</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/explore/assets/explore.css">
</head>
<body>
  <header>
    <h1><a href="/explore">Explore</a></h1>
    <div class="search">
      <label for="search">Open an entity</label>
      <input id="search" type="search" placeholder="Search entities by name or alias…" autocomplete="off" role="combobox" aria-controls="suggestions" aria-expanded="false">
      <ul id="suggestions" role="listbox" hidden></ul>
    </div>
    <form id="ask-form" class="ask">
      <label for="ask">Ask</label>
      <input id="ask" type="text" placeholder="Ask in words: which solutions use &lt;technique&gt;?" autocomplete="off">
      <button type="submit">Ask</button>
    </form>
    <a id="open-ide" href="/graphql" target="_blank" rel="noopener">Open in GraphiQL</a>
  </header>
  <main>
    <aside id="controls">
      <section>
        <h2>Mode</h2>
        <div class="modes" role="tablist">
          <button type="button" data-mode="entity" role="tab">Neighbourhood</button>
          <button type="button" data-mode="path" role="tab">Path between</button>
          <button type="button" data-mode="uses" role="tab">Who uses</button>
        </div>
        <form id="path-form" class="mode-form" data-for="path" hidden>
          <input id="path-from" placeholder="From (an entity's name)" aria-label="From">
          <input id="path-to" placeholder="To (an entity's name)" aria-label="To">
          <button type="submit">Find paths</button>
        </form>
        <form id="uses-form" class="mode-form" data-for="uses" hidden>
          <input id="uses-technique" placeholder="Technique (its name)" aria-label="Technique">
          <button type="submit">Who uses it</button>
        </form>
      </section>
      <section>
        <h2>Filters</h2>
        <label>Depth <select id="depth"><option>1</option><option>2</option><option>3</option></select></label>
        <label>Min. confidence <input id="min-confidence" type="range" min="0" max="1" step="0.05" value="0"> <output id="min-confidence-value">0</output></label>
        <fieldset id="relation-filter"><legend>Relation types</legend></fieldset>
        <fieldset id="type-filter"><legend>Entity types</legend></fieldset>
      </section>
      <section>
        <h2>Legend</h2>
        <ul id="legend"></ul>
        <p class="hint">Dashed border: discovered in the text (not in the catalog). Click a node to expand it, an edge for its evidence.</p>
      </section>
      <section>
        <h2>Export</h2>
        <button type="button" id="export-png">PNG</button>
        <button type="button" id="export-json">JSON</button>
      </section>
    </aside>
    <div id="graph-wrap">
      <div id="cy" aria-label="Graph"></div>
      <div id="status" role="status"></div>
    </div>
    <aside id="details" aria-live="polite"><p class="hint">Search for an entity, pick a mode, or ask a question.</p></aside>
  </main>
  <script id="explore-vocabulary" type="application/json">${scriptJson({ entityTypes: ENTITY_TYPES, relationTypes: RELATION_TYPES })}</script>
  <script src="/explore/assets/cytoscape.js"></script>
${scripts.map((name) => `  <script src="/explore/assets/${name}"></script>`).join('\n')}
</body>
</html>
`;
}
