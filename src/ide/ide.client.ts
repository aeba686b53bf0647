/** The IDE's own script, served as /ide/assets/ide.js: mounts GraphiQL (UMD globals React, ReactDOM, GraphiQL) with the examples as tabs. */
export const IDE_CLIENT_SCRIPT = `
(function () {
  'use strict';
  var examples = JSON.parse(document.getElementById('ide-examples').textContent);
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql' });
  var tabs = examples.map(function (example) {
    return { query: example.query };
  });
  var root = ReactDOM.createRoot(document.getElementById('ide'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: false,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
    }),
  );
})();
`;
