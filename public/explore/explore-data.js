/*
 * The explore page's data (window.Explore.data): POSTs to the public /graphql and turns the answers of
 * neighborhood, path and solutionsUsing into one graph model ({nodes, edges} keyed by id).
 */
(function () {
  var Explore = (window.Explore = window.Explore || {});

  var NODE_FIELDS = '__typename id name type discovered confidence';
  var EDGE_FIELDS = 'subject { id } type object { id } confidence evidenceCount';

  var lastOperation = null;
  var listeners = [];

  /** POSTs one operation to /graphql; resolves its data, rejects with the errors' messages. */
  function gql(query, variables, options) {
    if (!options || options.record !== false) {
      lastOperation = { query: query, variables: variables || {} };
      listeners.forEach(function (f) {
        f(lastOperation);
      });
    }
    return fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: query, variables: variables || {} }),
    })
      .then(function (r) {
        return r.json();
      })
      .then(function (body) {
        if (body.errors && body.errors.length) {
          var e = new Error(
            body.errors
              .map(function (x) {
                return x.message;
              })
              .join(' '),
          );
          e.code = body.errors[0].extensions && body.errors[0].extensions.code;
          throw e;
        }
        return body.data;
      });
  }

  /** The IDE link: /graphql#query=…&variables=… opens the operation in a GraphiQL tab. */
  function ideHref(op) {
    if (!op) return '/graphql';
    return '/graphql#' + new URLSearchParams({ query: op.query, variables: JSON.stringify(op.variables, null, 2) }).toString();
  }

  // ---------------------------------------------------------------- graph model

  function emptyGraph() {
    return { nodes: new Map(), edges: new Map(), truncated: [] };
  }

  function addNode(g, e, extra) {
    if (!e || !e.id) return;
    var known = g.nodes.get(e.id) || {};
    g.nodes.set(
      e.id,
      Object.assign(
        {},
        known,
        {
          id: e.id,
          name: e.name,
          type: e.type || e.__typename,
          discovered: !!e.discovered,
          confidence: typeof e.confidence === 'number' ? e.confidence : 1,
        },
        extra || {},
      ),
    );
  }

  function edgeKey(s, type, o) {
    return s + '|' + type + '|' + o;
  }

  function addEdge(g, r) {
    var key = edgeKey(r.subject.id, r.type, r.object.id);
    g.edges.set(key, { id: key, source: r.subject.id, target: r.object.id, type: r.type, confidence: typeof r.confidence === 'number' ? r.confidence : 1, evidenceCount: r.evidenceCount || 0 });
  }

  function neighborhoodField(alias, idVar, depthVar, limitVar) {
    return (
      alias +
      ': neighborhood(id: $' +
      idVar +
      ', depth: $' +
      depthVar +
      ', limit: $' +
      limitVar +
      ') { center { ' +
      NODE_FIELDS +
      ' } nodes { ' +
      NODE_FIELDS +
      ' } edges { ' +
      EDGE_FIELDS +
      ' } truncated }'
    );
  }

  function loadNeighborhood(state) {
    var ids = [state.entity].concat(
      state.expand.filter(function (x) {
        return x !== state.entity;
      }),
    );
    var defs = ['$limit: Int'];
    var fields = [];
    var vars = { limit: state.limit };
    ids.forEach(function (id, i) {
      defs.push('$id' + i + ': ID!');
      vars['id' + i] = id;
      if (i === 0) {
        defs.push('$depth: Int!');
        vars.depth = state.depth;
        fields.push(neighborhoodField('n0', 'id0', 'depth', 'limit'));
      } else {
        fields.push(neighborhoodField('n' + i, 'id' + i, 'one', 'limit'));
      }
    });
    if (ids.length > 1) {
      defs.push('$one: Int! = 1');
      vars.one = 1;
    }
    var query = 'query ExploreNeighborhood(' + defs.join(', ') + ') {\n  ' + fields.join('\n  ') + '\n}';
    return gql(query, vars).then(function (data) {
      var g = emptyGraph();
      ids.forEach(function (id, i) {
        var n = data['n' + i];
        addNode(g, n.center, i === 0 ? { center: true } : { expanded: true });
        n.nodes.forEach(function (e) {
          addNode(g, e);
        });
        n.edges.forEach(function (r) {
          addEdge(g, r);
        });
        if (n.truncated) g.truncated.push(n.center.name);
      });
      return g;
    });
  }

  function loadPath(state) {
    var query =
      'query ExplorePath($from: String!, $to: String!, $maxHops: Int!) {\n  path(from: $from, to: $to, maxHops: $maxHops, first: 5) {\n    length\n    nodes { ' +
      NODE_FIELDS +
      ' }\n    steps { ' +
      EDGE_FIELDS +
      ' }\n  }\n}';
    return gql(query, { from: state.from, to: state.to, maxHops: 4 }).then(function (data) {
      var g = emptyGraph();
      data.path.forEach(function (p) {
        p.nodes.forEach(function (e, i) {
          addNode(g, e, i === 0 || i === p.nodes.length - 1 ? { center: true } : {});
        });
        p.steps.forEach(function (r) {
          addEdge(g, r);
        });
      });
      g.empty = data.path.length === 0 ? 'No path within 4 steps between "' + state.from + '" and "' + state.to + '".' : '';
      return g;
    });
  }

  function loadUses(state) {
    var query =
      'query ExploreSolutionsUsing($technique: String!, $maxHops: Int!, $first: Int) {\n  entity(name: $technique) { ' +
      NODE_FIELDS +
      ' }\n  solutionsUsing(technique: $technique, maxHops: $maxHops, first: $first) {\n    hops\n    entity { ' +
      NODE_FIELDS +
      ' }\n    path { nodes { ' +
      NODE_FIELDS +
      ' } steps { ' +
      EDGE_FIELDS +
      ' } }\n  }\n}';
    return gql(query, { technique: state.technique, maxHops: Math.max(3, state.depth), first: state.limit }).then(function (data) {
      var g = emptyGraph();
      if (data.entity) addNode(g, data.entity, { center: true, hop: 0 });
      data.solutionsUsing.forEach(function (r) {
        r.path.nodes.forEach(function (e) {
          addNode(g, e);
        });
        r.path.steps.forEach(function (s) {
          addEdge(g, s);
        });
        addNode(g, r.entity, { hop: r.hops });
      });
      if (data.solutionsUsing.length >= state.limit) g.truncated.push('who uses ' + state.technique);
      g.empty = data.solutionsUsing.length === 0 ? 'Nothing in the graph uses "' + state.technique + '".' : '';
      return g;
    });
  }

  Explore.data = {
    gql: gql,
    ideHref: ideHref,
    edgeKey: edgeKey,
    loadNeighborhood: loadNeighborhood,
    loadPath: loadPath,
    loadUses: loadUses,
    lastOperation: function () {
      return lastOperation;
    },
    /** Calls `f(operation)` whenever a view's operation is sent (not for side-panel look-ups). */
    onOperation: function (f) {
      listeners.push(f);
    },
  };
})();
