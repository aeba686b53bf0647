/*
 * The explore page: a plain client of the public GraphQL API (POST /graphql, nothing private), drawing with
 * Cytoscape.js (global `cytoscape`, served from node_modules by this server). State lives in the URL, so a
 * view can be shared, reloaded, and walked back and forward.
 */
(function () {
  var vocabulary = JSON.parse(document.getElementById('explore-vocabulary').textContent);
  var ENTITY_TYPES = vocabulary.entityTypes;
  var RELATION_TYPES = vocabulary.relationTypes;
  var Explore = window.Explore;
  var S = Explore.state;
  var D = Explore.data;
  var gql = D.gql,
    ideHref = D.ideHref,
    edgeKey = D.edgeKey;
  var TYPE_STYLE = Explore.TYPE_STYLE,
    FALLBACK_STYLE = Explore.FALLBACK_STYLE;
  var MAX_EXPANDED = S.MAX_EXPANDED,
    MAX_LIMIT = S.MAX_LIMIT;

  var $ = function (id) {
    return document.getElementById(id);
  };
  var el = function (tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  };

  var state = S.readState();

  /** Moves to a new state: a history entry (so Back returns here), then draws it. */
  function navigate(changes, options) {
    var next = Object.assign({}, state, changes);
    var url = S.stateUrl(next);
    state = next;
    if (options && options.replace) history.replaceState(null, '', url);
    else if (url !== location.pathname + location.search) history.pushState(null, '', url);
    syncControls();
    if (!options || options.reload !== false) return load();
    applyFilters();
    return Promise.resolve();
  }

  window.addEventListener('popstate', function () {
    state = S.readState();
    syncControls();
    load();
  });

  D.onOperation(function (op) {
    $('open-ide').href = ideHref(op);
  });

  var drawing = Explore.createDrawing(
    $('cy'),
    ENTITY_TYPES,
    function () {
      return state;
    },
    updateStatus,
  );
  var cy = drawing.cy;
  var drawGraph = drawing.drawGraph;
  var applyFilters = drawing.applyFilters;

  var statusNotes = [];
  function updateStatus() {
    var shown = cy.nodes(':visible').length;
    var parts = [shown + ' of ' + cy.nodes().length + ' entities, ' + cy.edges(':visible').length + ' of ' + cy.edges().length + ' relations shown'];
    if (drawing && drawing.lastLayoutMs() !== null) parts.push('layout ' + drawing.lastLayoutMs() + ' ms');
    $('status').textContent = parts.join(' · ');
    statusNotes.forEach(function (note) {
      $('status').appendChild(el('div', { className: note.kind, text: note.text }));
    });
  }

  // ---------------------------------------------------------------- loading a view

  var loading = 0;
  function load() {
    var ticket = ++loading;
    document.body.setAttribute('data-loading', 'true');
    statusNotes = [];
    var request =
      state.mode === 'path'
        ? state.from && state.to
          ? D.loadPath(state)
          : null
        : state.mode === 'uses'
          ? state.technique
            ? D.loadUses(state)
            : null
          : state.entity
            ? D.loadNeighborhood(state)
            : null;
    if (!request) {
      cy.elements().remove();
      updateStatus();
      if (state.ask) showAsk(state.ask);
      document.body.setAttribute('data-loading', 'false');
      return Promise.resolve();
    }
    return request
      .then(function (g) {
        if (ticket !== loading) return null;
        if (g.truncated.length) {
          statusNotes.push({
            kind: 'warning',
            text:
              'Cut at the page limit (' +
              state.limit +
              ' entities): ' +
              g.truncated.join(', ') +
              ' has more neighbours than shown.' +
              (state.limit < MAX_LIMIT ? ' Use "limit=' + MAX_LIMIT + '" in the URL for more.' : ''),
          });
        }
        if (g.empty) statusNotes.push({ kind: 'warning', text: g.empty });
        return drawGraph(g);
      })
      .then(function () {
        if (ticket !== loading) return;
        if (state.edge && cy.getElementById(state.edge).nonempty()) return showEvidence(state.edge);
        if (state.ask) return showAsk(state.ask);
        if (state.mode === 'entity' && state.entity) return showEntity(state.expand[state.expand.length - 1] || state.entity);
        return null;
      })
      .catch(function (e) {
        if (ticket !== loading) return;
        cy.elements().remove();
        statusNotes.push({ kind: 'error', text: e.message });
        updateStatus();
      })
      .then(function () {
        if (ticket === loading) document.body.setAttribute('data-loading', 'false');
      });
  }

  // ---------------------------------------------------------------- side panel

  // Only the panel asked for last is shown, whichever answer arrives first.
  var detailsTicket = 0;
  function panel() {
    var ticket = ++detailsTicket;
    return function (children) {
      if (ticket === detailsTicket) details(children);
    };
  }

  function details(children) {
    var d = $('details');
    d.innerHTML = '';
    children.forEach(function (c) {
      d.appendChild(c);
    });
  }

  function showError(e) {
    details([el('p', { className: 'error', text: e.message })]);
  }

  function showEntity(id) {
    var show = panel();
    var query =
      'query ExploreEntity($id: ID!) {\n  entity(id: $id) {\n    __typename id name description aliases discovered confidence\n    relations(first: 50) { totalCount edges { type direction confidence evidenceCount node { id name } } }\n  }\n}';
    return gql(query, { id: id }, { record: false })
      .then(function (data) {
        var e = data.entity;
        if (!e) return show([el('p', { className: 'error', text: 'No entity ' + id + '.' })]);
        var rels = el('ul', { className: 'relations' });
        e.relations.edges.forEach(function (r) {
          var key = r.direction === 'OUT' ? edgeKey(e.id, r.type, r.node.id) : edgeKey(r.node.id, r.type, e.id);
          var text = r.direction === 'OUT' ? e.name + ' ' + r.type + ' ' + r.node.name : r.node.name + ' ' + r.type + ' ' + e.name;
          var li = el('li', { 'data-edge': key, text: text + ' (' + r.evidenceCount + ')' });
          li.addEventListener('click', function () {
            openEdge(key);
          });
          rels.appendChild(li);
        });
        show([
          el('h3', { text: e.name }),
          el('p', { text: e.__typename + (e.discovered ? ' · discovered in the text (confidence ' + e.confidence.toFixed(2) + ')' : ' · catalog') }),
          el('p', { text: e.description || '' }),
          el('p', { className: 'hint', text: e.aliases.length ? 'Also: ' + e.aliases.join(', ') : '' }),
          el('h2', { text: 'Relations (' + e.relations.totalCount + ')' }),
          rels,
        ]);
      })
      .catch(showError);
  }

  function escapeRegex(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }

  /** The sentence with every spelling of the two ends' names marked (hyphens, spaces and a plural -s optional). */
  function highlighted(sentence, names) {
    var patterns = names.filter(Boolean).map(function (n) {
      return escapeRegex(n.replace(/s$/i, '')).replace(/(\\-|\s)+/g, '[-\\s]?') + 's?';
    });
    var container = el('span', {});
    if (!patterns.length) {
      container.textContent = sentence;
      return container;
    }
    var re = new RegExp(
      '(' +
        patterns
          .sort(function (a, b) {
            return b.length - a.length;
          })
          .join('|') +
        ')',
      'gi',
    );
    var at = 0;
    var m;
    while ((m = re.exec(sentence)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      container.appendChild(document.createTextNode(sentence.slice(at, m.index)));
      container.appendChild(el('mark', { text: m[0] }));
      at = m.index + m[0].length;
    }
    container.appendChild(document.createTextNode(sentence.slice(at)));
    return container;
  }

  function openEdge(key) {
    cy.elements().unselect();
    cy.getElementById(key).select();
    navigate({ edge: key, ask: '' }, { reload: false });
    return showEvidence(key);
  }

  function showEvidence(key) {
    var parts = key.split('|');
    var subject = parts[0],
      type = parts[1],
      object = parts[2];
    var show = panel();
    var query =
      'query ExploreEvidence($subject: ID!, $types: [RelationType!]) {\n  entity(id: $subject) {\n    id name aliases\n    relations(direction: OUT, types: $types, first: 40) {\n      edges {\n        type confidence evidenceCount\n        node { id name aliases }\n        evidence(first: 10) { id sentence start end section confidence rule article { id title path } }\n      }\n    }\n  }\n}';
    return gql(query, { subject: subject, types: [type] }, { record: false })
      .then(function (data) {
        var s = data.entity;
        var edge =
          s &&
          s.relations.edges.filter(function (r) {
            return r.node.id === object;
          })[0];
        if (!edge) return show([el('p', { className: 'error', text: 'This relation is no longer in the graph.' })]);
        var names = [s.name].concat(s.aliases, [edge.node.name], edge.node.aliases);
        var items = edge.evidence.map(function (ev) {
          return el('div', { className: 'evidence', 'data-evidence': ev.id }, [
            el('div', { className: 'sentence' }, [highlighted(ev.sentence, names)]),
            el('div', {
              className: 'meta',
              text:
                (ev.section ? 'Section "' + ev.section + '" · ' : '') +
                'Article "' +
                (ev.article ? ev.article.title : '?') +
                '"' +
                (ev.article ? ' (' + ev.article.path + ')' : '') +
                ' · characters ' +
                ev.start +
                '–' +
                ev.end +
                ' · rule ' +
                ev.rule +
                ' · confidence ' +
                ev.confidence.toFixed(2),
            }),
          ]);
        });
        show(
          [
            el('h3', { text: s.name + ' ' + type + ' ' + edge.node.name }),
            el('p', { className: 'hint', text: edge.evidenceCount + ' piece(s) of evidence, confidence ' + edge.confidence.toFixed(2) + (edge.evidenceCount > 10 ? ' (first 10 shown)' : '') }),
          ].concat(items),
        );
      })
      .catch(showError);
  }

  var ASK_QUERY =
    'query ExploreAsk($question: String!) {\n  ask(question: $question) {\n    understood message suggestions\n    interpretation { intent operationName operation variables entities { text match entity { id name } } }\n    answer { summary entities { id name } }\n  }\n}';

  function showAsk(question) {
    var show = panel();
    return gql(ASK_QUERY, { question: question }, { record: false }).then(function (data) {
      var a = data.ask;
      var children = [el('h3', { text: question }), el('p', { className: a.understood ? 'hint' : 'error', text: a.message })];
      if (a.answer) children.push(el('p', { className: 'answer', text: a.answer.summary }));
      if (a.interpretation) {
        var op = { query: a.interpretation.operation, variables: a.interpretation.variables };
        children.push(el('p', { className: 'hint', text: 'Intent ' + a.interpretation.intent + '; ran ' + a.interpretation.operationName + ' with ' + JSON.stringify(a.interpretation.variables) }));
        children.push(el('a', { href: ideHref(op), target: '_blank', rel: 'noopener', id: 'ask-ide', text: 'Open this operation in GraphiQL' }));
        children.push(el('pre', { text: a.interpretation.operation }));
      }
      if (a.suggestions.length) {
        var ul = el('ul', { className: 'relations' });
        a.suggestions.forEach(function (s) {
          var li = el('li', { text: s });
          li.addEventListener('click', function () {
            $('ask').value = s;
            runAsk(s);
          });
          ul.appendChild(li);
        });
        children.push(el('h2', { text: 'Try' }), ul);
      }
      show(children);
      return a;
    });
  }

  /** Asks, shows the answer, and draws what it is about: who-uses, a path, or the first entity's neighbourhood. */
  function runAsk(question) {
    return gql(ASK_QUERY, { question: question }, { record: false }).then(function (data) {
      var a = data.ask;
      var i = a.interpretation;
      if (!a.understood || !i)
        return navigate({ ask: question, edge: '' }, { reload: false }).then(function () {
          return showAsk(question);
        });
      var names = i.entities.map(function (x) {
        return x.entity;
      });
      if (i.intent === 'SOLUTIONS_USING') return navigate({ mode: 'uses', technique: names[0].name, ask: question, edge: '' });
      if (i.intent === 'RELATION_BETWEEN') return navigate({ mode: 'path', from: names[0].name, to: names[1].name, ask: question, edge: '' });
      var first = names[0] || (a.answer && a.answer.entities[0]);
      if (first) return navigate({ mode: 'entity', entity: first.id, expand: [], ask: question, edge: '' });
      return navigate({ ask: question, edge: '' }, { reload: false }).then(function () {
        return showAsk(question);
      });
    });
  }

  // ---------------------------------------------------------------- controls

  // A mode button only opens its form; the view (and the URL) change when the form is submitted.
  var openedMode = null;
  function renderModes() {
    var mode = openedMode || state.mode;
    document.querySelectorAll('.modes button').forEach(function (b) {
      b.setAttribute('aria-selected', String(b.getAttribute('data-mode') === mode));
    });
    document.querySelectorAll('.mode-form').forEach(function (f) {
      f.hidden = f.getAttribute('data-for') !== mode;
    });
  }

  function syncControls() {
    openedMode = null;
    renderModes();
    $('path-from').value = state.from;
    $('path-to').value = state.to;
    $('uses-technique').value = state.technique;
    $('depth').value = String(state.depth);
    $('min-confidence').value = String(state.minConfidence);
    $('min-confidence-value').textContent = String(state.minConfidence);
    document.querySelectorAll('#relation-filter input').forEach(function (i) {
      i.checked = state.hideRelations.indexOf(i.value) < 0;
    });
    document.querySelectorAll('#type-filter input').forEach(function (i) {
      i.checked = state.hideTypes.indexOf(i.value) < 0;
    });
    if (state.ask) $('ask').value = state.ask;
  }

  function checkboxes(containerId, values, key) {
    var box = $(containerId);
    values.forEach(function (v) {
      var input = el('input', { type: 'checkbox', value: v });
      input.checked = true;
      input.addEventListener('change', function () {
        var hidden = Array.from(box.querySelectorAll('input'))
          .filter(function (i) {
            return !i.checked;
          })
          .map(function (i) {
            return i.value;
          });
        var change = {};
        change[key] = hidden;
        navigate(change, { reload: false, replace: true });
      });
      box.appendChild(el('label', {}, [input, ' ' + v]));
    });
  }

  function buildLegend() {
    ENTITY_TYPES.forEach(function (t) {
      var s = TYPE_STYLE[t] || FALLBACK_STYLE;
      var swatch = el('span', { className: 'swatch' });
      swatch.style.background = s.color;
      swatch.style.borderRadius = s.shape === 'ellipse' ? '50%' : s.shape === 'round-rectangle' ? '4px' : '0';
      $('legend').appendChild(el('li', { 'data-type': t }, [swatch, t + ' (' + s.shape + ')']));
    });
  }

  function download(name, blob) {
    var a = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () {
      URL.revokeObjectURL(a.href);
      a.remove();
    }, 1000);
  }

  /** The drawn (visible) subgraph as plain JSON, with the view's URL and the operation that fetched it. */
  function subgraphJson() {
    return {
      view: location.href,
      operation: D.lastOperation(),
      nodes: cy.nodes(':visible').map(function (n) {
        var d = Object.assign({}, n.data());
        delete d.label;
        return d;
      }),
      edges: cy.edges(':visible').map(function (e) {
        return Object.assign({}, e.data());
      }),
    };
  }

  // Type-ahead over the `search` query: debounced, and only the answer to the latest text is shown.
  var searchTicket = 0;
  var searchTimer = null;
  var suggestions = [];
  var active = -1;
  function renderSuggestions() {
    var ul = $('suggestions');
    ul.innerHTML = '';
    suggestions.forEach(function (e, i) {
      var li = el('li', { role: 'option', 'data-id': e.id, 'aria-selected': String(i === active) }, [
        el('span', { text: e.name }),
        el('span', { className: 'type', text: e.__typename + (e.discovered ? ' *' : '') }),
      ]);
      li.addEventListener('mousedown', function (ev) {
        ev.preventDefault();
        choose(e);
      });
      ul.appendChild(li);
    });
    ul.hidden = suggestions.length === 0;
    $('search').setAttribute('aria-expanded', String(!ul.hidden));
  }
  function choose(e) {
    suggestions = [];
    renderSuggestions();
    $('search').value = e.name;
    navigate({ mode: 'entity', entity: e.id, expand: [], edge: '', ask: '' });
  }
  $('search').addEventListener('input', function () {
    var text = $('search').value.trim();
    clearTimeout(searchTimer);
    if (text.length < 2) {
      suggestions = [];
      renderSuggestions();
      return;
    }
    searchTimer = setTimeout(function () {
      var ticket = ++searchTicket;
      gql('query ExploreSearch($text: String!) {\n  search(text: $text, first: 12) { score matchedField entity { __typename id name discovered } }\n}', { text: text }, { record: false })
        .then(function (data) {
          if (ticket !== searchTicket) return;
          var seen = {};
          suggestions = data.search
            .map(function (h) {
              return h.entity;
            })
            .filter(function (e) {
              if (seen[e.id]) return false;
              seen[e.id] = true;
              return true;
            })
            .slice(0, 8);
          active = suggestions.length ? 0 : -1;
          renderSuggestions();
        })
        .catch(function () {
          suggestions = [];
          renderSuggestions();
        });
    }, 150);
  });
  $('search').addEventListener('keydown', function (ev) {
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      if (!suggestions.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length;
      renderSuggestions();
      ev.preventDefault();
    } else if (ev.key === 'Enter' && active >= 0 && suggestions[active]) {
      choose(suggestions[active]);
      ev.preventDefault();
    } else if (ev.key === 'Escape') {
      suggestions = [];
      renderSuggestions();
    }
  });
  $('search').addEventListener('blur', function () {
    setTimeout(function () {
      suggestions = [];
      renderSuggestions();
    }, 100);
  });

  $('ask-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var q = $('ask').value.trim();
    if (q) runAsk(q);
  });
  document.querySelectorAll('.modes button').forEach(function (b) {
    b.addEventListener('click', function () {
      openedMode = b.getAttribute('data-mode');
      renderModes();
      if (openedMode === 'entity') $('search').focus();
    });
  });
  $('path-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    navigate({ mode: 'path', from: $('path-from').value.trim(), to: $('path-to').value.trim(), edge: '', ask: '' });
  });
  $('uses-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    navigate({ mode: 'uses', technique: $('uses-technique').value.trim(), edge: '', ask: '' });
  });
  $('depth').addEventListener('change', function () {
    navigate({ depth: parseInt($('depth').value, 10) });
  });
  $('min-confidence').addEventListener('input', function () {
    $('min-confidence-value').textContent = $('min-confidence').value;
    navigate({ minConfidence: parseFloat($('min-confidence').value) }, { reload: false, replace: true });
  });
  $('export-png').addEventListener('click', function () {
    download('graph.png', cy.png({ full: true, scale: 2, bg: '#ffffff', output: 'blob' }));
  });
  $('export-json').addEventListener('click', function () {
    download('graph.json', new Blob([JSON.stringify(subgraphJson(), null, 2)], { type: 'application/json' }));
  });

  cy.on('tap', 'node', function (ev) {
    var id = ev.target.id();
    if (state.mode === 'entity') {
      var expand = id === state.entity || state.expand.indexOf(id) >= 0 ? state.expand : state.expand.concat([id]).slice(-MAX_EXPANDED);
      navigate({ expand: expand, edge: '', ask: '' });
    } else {
      showEntity(id);
    }
  });
  cy.on('tap', 'edge', function (ev) {
    openEdge(ev.target.id());
  });

  checkboxes('relation-filter', RELATION_TYPES, 'hideRelations');
  checkboxes('type-filter', ENTITY_TYPES, 'hideTypes');
  buildLegend();
  syncControls();

  /** For the browser test and the curious: the graph, the state, and the drawing function. */
  window.explore = {
    cy: cy,
    state: function () {
      return state;
    },
    drawGraph: drawGraph,
    subgraphJson: subgraphJson,
    lastOperation: D.lastOperation,
    ready: load(),
  };
})();
