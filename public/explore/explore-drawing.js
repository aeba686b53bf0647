/*
 * The explore page's drawing (window.Explore.createDrawing): Cytoscape.js styled by entity type, laid out,
 * and filtered by the view state.
 */
(function () {
  var Explore = (window.Explore = window.Explore || {});

  /** Colour and shape per entity type: the drawing and the legend read this one table. */
  var TYPE_STYLE = {
    Project: { color: '#2563eb', shape: 'round-rectangle' },
    Network: { color: '#059669', shape: 'hexagon' },
    Technique: { color: '#d97706', shape: 'ellipse' },
    Concept: { color: '#7c3aed', shape: 'diamond' },
    Organization: { color: '#dc2626', shape: 'rectangle' },
    Person: { color: '#db2777', shape: 'star' },
    Regulation: { color: '#4b5563', shape: 'octagon' },
    Initiative: { color: '#0891b2', shape: 'tag' },
    UseCase: { color: '#65a30d', shape: 'triangle' },
    Challenge: { color: '#b91c1c', shape: 'vee' },
  };
  var FALLBACK_STYLE = { color: '#999999', shape: 'ellipse' };
  /** Up to this many nodes the force-directed layout runs; above it the faster concentric one. */
  var FORCE_LAYOUT_MAX_NODES = 200;

  /**
   * A drawing in `container`: `getState()` gives the filters, `onChange()` runs after every (re)draw or filter.
   */
  function createDrawing(container, entityTypes, getState, onChange) {
    var styles = [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          width: 26,
          height: 26,
          'background-color': FALLBACK_STYLE.color,
          'border-width': 1,
          'border-color': '#1d2330',
          color: '#1d2330',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.7,
          'text-background-padding': 1,
        },
      },
      { selector: 'node[?discovered]', style: { 'border-style': 'dashed', 'border-width': 3, 'background-opacity': 0.6 } },
      { selector: 'node[?center]', style: { width: 40, height: 40, 'border-width': 4, 'font-weight': 'bold' } },
      { selector: 'node[?expanded]', style: { 'border-width': 3, 'border-color': '#1d4ed8' } },
      { selector: 'node:selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#1d4ed8' } },
      {
        selector: 'edge',
        style: {
          label: 'data(type)',
          'font-size': 8,
          'curve-style': 'bezier',
          'target-arrow-shape': 'triangle',
          width: 'mapData(confidence, 0, 1, 1, 3)',
          'line-color': '#98a2b3',
          'target-arrow-color': '#98a2b3',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          color: '#344054',
        },
      },
      { selector: 'edge:selected', style: { 'line-color': '#1d4ed8', 'target-arrow-color': '#1d4ed8', width: 4 } },
      { selector: '.filtered', style: { display: 'none' } },
    ];
    entityTypes.forEach(function (t) {
      var s = TYPE_STYLE[t] || FALLBACK_STYLE;
      styles.push({ selector: 'node[type = "' + t + '"]', style: { 'background-color': s.color, shape: s.shape } });
    });

    var cy = cytoscape({ container: container, style: styles, wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 1.6 });
    var lastLayoutMs = null;

    function label(n) {
      return n.name + (typeof n.hop === 'number' ? ' · ' + (n.hop === 0 ? 'target' : n.hop + (n.hop === 1 ? ' hop' : ' hops')) : '') + (n.discovered ? ' *' : '');
    }

    /**
     * Replaces the drawing with `graph` ({nodes, edges} arrays or Maps) and lays it out; resolves the time from
     * adding the elements to the first frame after the layout, in milliseconds. The browser test calls it with
     * synthetic graphs to measure layout time at 100 and 500 nodes.
     */
    function drawGraph(graph) {
      var nodes = Array.from(graph.nodes.values ? graph.nodes.values() : graph.nodes);
      var edges = Array.from(graph.edges.values ? graph.edges.values() : graph.edges);
      var started = performance.now();
      cy.startBatch();
      cy.elements().remove();
      cy.add(
        nodes.map(function (n) {
          return { group: 'nodes', data: Object.assign({}, n, { label: label(n) }) };
        }),
      );
      cy.add(
        edges
          .filter(function (e) {
            return graph.nodes.has ? graph.nodes.has(e.source) && graph.nodes.has(e.target) : true;
          })
          .map(function (e) {
            return { group: 'edges', data: e };
          }),
      );
      cy.endBatch();
      applyFilters();
      var force = nodes.length <= FORCE_LAYOUT_MAX_NODES;
      var layout = cy.elements(':visible').layout(
        force
          ? { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, idealEdgeLength: 90, nodeRepulsion: 9000, numIter: 1000, fit: true, padding: 30 }
          : {
              name: 'concentric',
              animate: false,
              fit: true,
              padding: 20,
              minNodeSpacing: 6,
              concentric: function (n) {
                return n.data('center') ? 1000 : n.degree();
              },
              levelWidth: function () {
                return 2;
              },
            },
      );
      var done = layout.promiseOn('layoutstop');
      layout.run();
      return done
        .then(function () {
          return new Promise(function (resolve) {
            requestAnimationFrame(function () {
              resolve();
            });
          });
        })
        .then(function () {
          lastLayoutMs = Math.round(performance.now() - started);
          return { nodes: nodes.length, edges: edges.length, layoutMs: lastLayoutMs, layout: force ? 'cose' : 'concentric' };
        });
    }

    function applyFilters() {
      cy.batch(function () {
        cy.elements().removeClass('filtered');
        cy.nodes().forEach(function (n) {
          if (!n.data('center') && getState().hideTypes.indexOf(n.data('type')) >= 0) n.addClass('filtered');
        });
        cy.edges().forEach(function (e) {
          if (getState().hideRelations.indexOf(e.data('type')) >= 0 || e.data('confidence') < getState().minConfidence || e.source().hasClass('filtered') || e.target().hasClass('filtered'))
            e.addClass('filtered');
        });
      });
      onChange();
    }

    return {
      cy: cy,
      drawGraph: drawGraph,
      applyFilters: applyFilters,
      lastLayoutMs: function () {
        return lastLayoutMs;
      },
    };
  }

  Explore.TYPE_STYLE = TYPE_STYLE;
  Explore.FALLBACK_STYLE = FALLBACK_STYLE;
  Explore.createDrawing = createDrawing;
})();
