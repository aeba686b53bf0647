/* The explore page's view state and its URL form (window.Explore.state): one place for both directions. */
(function () {
  var Explore = (window.Explore = window.Explore || {});

  var DEFAULT_LIMIT = 50;
  var MAX_LIMIT = 100;
  /** Expanded nodes per view; each is one aliased field of the same operation (the API allows 20 aliases). */
  var MAX_EXPANDED = 15;

  function defaultState() {
    return {
      mode: 'entity',
      entity: '',
      expand: [],
      depth: 1,
      limit: DEFAULT_LIMIT,
      from: '',
      to: '',
      technique: '',
      minConfidence: 0,
      hideRelations: [],
      hideTypes: [],
      edge: '',
      ask: '',
    };
  }

  function readState() {
    var p = new URLSearchParams(location.search);
    var s = defaultState();
    var list = function (name) {
      return (p.get(name) || '').split(',').filter(Boolean);
    };
    s.mode = ['entity', 'path', 'uses'].indexOf(p.get('mode')) >= 0 ? p.get('mode') : 'entity';
    s.entity = p.get('entity') || '';
    s.expand = list('expand').slice(0, MAX_EXPANDED);
    s.depth = Math.min(3, Math.max(1, parseInt(p.get('depth') || '1', 10) || 1));
    s.limit = Math.min(MAX_LIMIT, Math.max(1, parseInt(p.get('limit') || String(DEFAULT_LIMIT), 10) || DEFAULT_LIMIT));
    s.from = p.get('from') || '';
    s.to = p.get('to') || '';
    s.technique = p.get('technique') || '';
    s.minConfidence = Math.min(1, Math.max(0, parseFloat(p.get('minConfidence') || '0') || 0));
    s.hideRelations = list('hideRelations');
    s.hideTypes = list('hideTypes');
    s.edge = p.get('edge') || '';
    s.ask = p.get('ask') || '';
    return s;
  }

  function stateUrl(s) {
    var p = new URLSearchParams();
    if (s.mode !== 'entity') p.set('mode', s.mode);
    if (s.mode === 'entity' && s.entity) p.set('entity', s.entity);
    if (s.mode === 'entity' && s.expand.length) p.set('expand', s.expand.join(','));
    if (s.mode === 'path') {
      p.set('from', s.from);
      p.set('to', s.to);
    }
    if (s.mode === 'uses') p.set('technique', s.technique);
    if (s.depth !== 1) p.set('depth', String(s.depth));
    if (s.limit !== DEFAULT_LIMIT) p.set('limit', String(s.limit));
    if (s.minConfidence > 0) p.set('minConfidence', String(s.minConfidence));
    if (s.hideRelations.length) p.set('hideRelations', s.hideRelations.join(','));
    if (s.hideTypes.length) p.set('hideTypes', s.hideTypes.join(','));
    if (s.edge) p.set('edge', s.edge);
    if (s.ask) p.set('ask', s.ask);
    var q = p.toString();
    return '/explore' + (q ? '?' + q : '');
  }

  Explore.state = { DEFAULT_LIMIT: DEFAULT_LIMIT, MAX_LIMIT: MAX_LIMIT, MAX_EXPANDED: MAX_EXPANDED, defaultState: defaultState, readState: readState, stateUrl: stateUrl };
})();
