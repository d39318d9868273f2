/* The canvas: a vis-network whose DataSets hold only what is drawn. Node ids are the
 * model's node indexes, edge ids "f" + fact index. Physics lays out what is drawn, then stops. */
(function (X) {
  "use strict";

  var D = X.data, N = D.nodes, F = D.facts;
  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var container = document.getElementById("kg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    autoResize: true,
    nodes: { borderWidth: 1, font: { size: 14, face: "sans-serif", strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: {
      color: { inherit: false },
      font: { size: 12, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" },
      selectionWidth: 3,
      smooth: { enabled: true, type: "continuous", roundness: 0.3 }
    },
    interaction: { hover: true, tooltipDelay: 3600000, multiselect: false, hideEdgesOnDrag: false },
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: {
      enabled: false,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -80, springLength: 110, avoidOverlap: 0.6, centralGravity: 0.015 },
      stabilization: { enabled: false }
    }
  });
  X.network = network;
  X.nodes = nodes;
  X.edges = edges;

  var C = X.canvas = {};
  var hiddenTypes = new Set();
  var highlighted = null;
  var selectedEdge = null;
  var hoveredEdge = null;
  var layingOut = false;

  function nodeSize(i) { return Math.min(30, 8 + 3 * Math.log2(1 + (N.mentions[i] || 0))); }

  function nodeItem(i, position) {
    var type = X.type(i);
    var item = { id: i, label: N.label[i], shape: type.shape, size: nodeSize(i),
      color: { background: type.color, border: "#444444", highlight: { background: type.color, border: "#000000" } } };
    if (position) { item.x = position.x; item.y = position.y; }
    return item;
  }

  function edgeWidth(f) { return Math.min(8, 1.5 + 1.5 * Math.log2(X.factArticles(f))); }

  function edgeItem(f, smooth) {
    var predicate = X.predicate(f);
    return { id: "f" + f, from: F.from[f], to: F.to[f], width: edgeWidth(f), smooth: smooth,
      color: { color: predicate.color, highlight: predicate.color, hover: predicate.color, opacity: 1 },
      arrows: predicate.symmetric ? { to: { enabled: false } } : { to: { enabled: true, scaleFactor: 0.6 } },
      label: undefined };
  }

  /** Links between one pair of nodes fan out: the first straight, the others curved to alternate sides. */
  function smoothings(facts) {
    var byPair = new Map();
    facts.forEach(function (f) {
      var low = Math.min(F.from[f], F.to[f]), high = Math.max(F.from[f], F.to[f]);
      var key = low + ":" + high;
      if (!byPair.has(key)) { byPair.set(key, []); }
      byPair.get(key).push(f);
    });
    var result = new Map();
    byPair.forEach(function (list) {
      list.sort(function (p, q) {
        var sp = X.predicate(p).symmetric ? 0 : 1, sq = X.predicate(q).symmetric ? 0 : 1;
        return sp - sq || X.factArticles(q) - X.factArticles(p) || p - q;
      });
      list.forEach(function (f, k) {
        if (k === 0) { result.set(f, { enabled: false }); return; }
        var side = k % 2 === 1 ? 1 : -1;
        var roundness = 0.4 * Math.ceil(k / 2);
        // curvedCW seen from the smaller node; a link drawn the other way round bends the other way
        if (F.from[f] > F.to[f]) { side = -side; }
        result.set(f, { enabled: true, type: side > 0 ? "curvedCW" : "curvedCCW", roundness: roundness });
      });
    });
    return result;
  }

  function visibleNode(i) { return !hiddenTypes.has(X.type(i).name); }

  /**
   * Draw exactly `nodeList` and `factList` (facts between drawn nodes only).
   * Nodes already drawn keep their place; new ones start next to a drawn neighbour.
   * `fresh` clears the canvas and lays everything out anew.
   */
  C.draw = function (nodeList, factList, fresh, onDone) {
    var wanted = new Set(nodeList.filter(visibleNode));
    var facts = factList.filter(function (f) { return wanted.has(F.from[f]) && wanted.has(F.to[f]); });
    if (fresh) { nodes.clear(); edges.clear(); }
    var positions = network.getPositions(nodes.getIds());
    var removeNodes = nodes.getIds().filter(function (id) { return !wanted.has(id); });
    var wantedEdges = new Set(facts.map(function (f) { return "f" + f; }));
    var removeEdges = edges.getIds().filter(function (id) { return !wantedEdges.has(id); });
    edges.remove(removeEdges);
    nodes.remove(removeNodes);
    var added = [];
    var placed = 0;
    wanted.forEach(function (i) {
      if (nodes.get(i)) { return; }
      var anchor = null;
      var ring = X.factsOf(i);
      for (var k = 0; k < ring.length && !anchor; k++) {
        var other = X.other(ring[k], i);
        if (positions[other]) { anchor = positions[other]; }
      }
      var position = null;
      if (anchor) {
        placed += 1;
        var angle = placed * 2.399963;  // the golden angle spreads new nodes evenly round their anchor
        var radius = 90 + 6 * Math.sqrt(placed);
        position = { x: anchor.x + radius * Math.cos(angle), y: anchor.y + radius * Math.sin(angle) };
      }
      added.push(nodeItem(i, position));
    });
    nodes.add(added);
    var smooth = smoothings(facts);
    var edgeItems = facts.map(function (f) { return edgeItem(f, smooth.get(f)); });
    edges.update(edgeItems);
    if (highlighted) { C.highlight(highlighted); }
    if (added.length) {
      layOut(fresh ? 250 : 120, onDone);
    } else if (onDone) {
      onDone();
    }
    return { nodes: wanted.size, links: facts.length };
  };

  function layOut(iterations, onDone) {
    layingOut = true;
    network.setOptions({ physics: { enabled: true } });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      layingOut = false;
      if (onDone) { onDone(); }
    });
    network.stabilize(iterations);
  }
  C.isLayingOut = function () { return layingOut; };

  C.drawnNodes = function () { return nodes.getIds(); };
  C.drawnFacts = function () { return edges.getIds().map(function (id) { return Number(id.slice(1)); }); };

  C.setTypeHidden = function (type, hidden) {
    if (hidden) { hiddenTypes.add(type); } else { hiddenTypes.delete(type); }
  };
  C.hiddenTypes = function () { return hiddenTypes; };

  /** Dim everything but `nodeSet` (a Set of node indexes) and the links among them; null undims. */
  C.highlight = function (nodeSet) {
    highlighted = nodeSet;
    var nodeUpdates = nodes.getIds().map(function (id) {
      return { id: id, opacity: !nodeSet || nodeSet.has(id) ? 1 : 0.18 };
    });
    nodes.update(nodeUpdates);
    var edgeUpdates = edges.get().map(function (edge) {
      var on = !nodeSet || (nodeSet.has(edge.from) && nodeSet.has(edge.to));
      var color = Object.assign({}, edge.color, { opacity: on ? 1 : 0.12 });
      return { id: edge.id, color: color };
    });
    edges.update(edgeUpdates);
  };

  function labelEdge(id, on) {
    if (!edges.get(id)) { return; }
    var f = Number(id.slice(1));
    edges.update({ id: id, label: on ? X.predicate(f).words + " (" + X.factArticles(f) + ")" : " ",
      font: { size: on ? 13 : 1 } });
  }

  /** Select and label one link (its id "f" + index); null clears. */
  C.selectEdge = function (id) {
    if (selectedEdge && selectedEdge !== id) { labelEdge(selectedEdge, false); }
    selectedEdge = id;
    if (id && edges.get(id)) {
      network.selectEdges([id]);
      labelEdge(id, true);
    }
  };
  C.selectNode = function (i) {
    if (selectedEdge) { labelEdge(selectedEdge, false); selectedEdge = null; }
    if (nodes.get(i)) { network.selectNodes([i], false); }
  };

  C.hoverEdge = function (id, on) {
    if (on) { hoveredEdge = id; labelEdge(id, true); }
    else { if (id !== selectedEdge) { labelEdge(id, false); } hoveredEdge = null; }
  };

  /** Every drawn link passing within PICK_PIXELS of a point of the canvas (DOM coordinates), nearest first. */
  var PICK_PIXELS = 5;
  C.edgesAt = function (domPoint) {
    var point = network.DOMtoCanvas(domPoint);
    var reach = PICK_PIXELS / network.getScale();
    var found = [];
    edges.getIds().forEach(function (id) {
      var edge = network.body.edges[id];
      if (!edge || !edge.connected) { return; }
      var distance = edge.edgeType.getDistanceToEdge(edge.from.x, edge.from.y, edge.to.x, edge.to.y, point.x, point.y);
      if (distance <= reach) { found.push({ id: id, distance: distance }); }
    });
    return found.sort(function (p, q) { return p.distance - q.distance; }).map(function (x) { return x.id; });
  };

  C.fit = function (nodeList) {
    var ids = (nodeList || nodes.getIds()).filter(function (i) { return nodes.get(i); });
    if (ids.length) { network.fit({ nodes: ids, animation: false, maxZoomLevel: 1.2 }); }
  };
  C.focus = function (i) {
    if (nodes.get(i)) { network.focus(i, { scale: Math.max(network.getScale(), 0.9), animation: false }); }
  };
})(KGX);
