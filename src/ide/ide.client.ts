/**
 * The IDE's own script, served as /ide/assets/ide.js: mounts GraphiQL (UMD globals React, ReactDOM, GraphiQL,
 * GraphiQLPluginExplorer) with the explorer plugin open and the examples as tabs. A link of the form
 * /graphql#query=…&variables=… (the explore page's "Open in GraphiQL") opens that operation in the first tab.
 */
export const IDE_CLIENT_SCRIPT = `
(function () {
  'use strict';
  var examples = JSON.parse(document.getElementById('ide-examples').textContent);
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var tabs = examples.map(function (example) {
    return { query: example.query };
  });
  var linked = new URLSearchParams(window.location.hash.slice(1));
  var props = {};
  if (linked.get('query')) {
    props.query = linked.get('query');
    props.variables = linked.get('variables') || undefined;
    tabs.unshift({ query: props.query, variables: props.variables });
  }
  var explorer = GraphiQLPluginExplorer.explorerPlugin({ showAttribution: false });
  var root = ReactDOM.createRoot(document.getElementById('ide'));
  root.render(
    React.createElement(
      GraphiQL,
      Object.assign(props, {
        fetcher: fetcher,
        defaultTabs: tabs,
        defaultEditorToolsVisibility: props.variables ? 'variables' : false,
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: false,
        plugins: [explorer],
        visiblePlugin: explorer,
      }),
      React.createElement(
        GraphiQL.Logo,
        null,
        'GraphiQL',
        React.createElement('a', { href: '/explore', title: 'Draw the graph: search, expand, see evidence' }, 'Explore the graph'),
      ),
    ),
  );
})();
`;
