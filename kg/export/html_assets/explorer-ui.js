/* The explorer's controls, details panel, facts table, timeline and article list.
 * Text from articles is untrusted: it is only ever shown through text nodes
 * (textContent / createTextNode), never parsed as HTML; a link is made only of an http(s) address. */
(function (X) {
  "use strict";

  var D = X.data, N = D.nodes, F = D.facts, E = D.events, A = D.articles, C = X.canvas;
  var EXPAND_STEP = 25;        // neighbours added per expansion
  var RELATION_LIMIT = 400;    // links drawn at most for "only these relations"
  var PAGE = 200;              // rows rendered at a time in long lists
  var LINKS_PER_NODE = 3;      // past 3 links a node on average, only each node's strongest are drawn

  var state = {
    mode: "explore",           // "explore", "relations" or "article"
    shown: new Set(D.overview),
    relations: new Set(),
    article: -1,
    focus: -1,                 // the node last searched or expanded: all its links are drawn
    ready: false,
    view: "graph"
  };

  // ---- DOM helpers: every string becomes a text node ------------------------------------------

  function el(tag, className, children) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      element.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    });
    return element;
  }
  function clear(element) { while (element.firstChild) { element.removeChild(element.firstChild); } return element; }
  function byId(id) { return document.getElementById(id); }

  function swatch(type) {
    var box = el("span", "kg-swatch kg-shape-" + (type ? type.shape : "dot"));
    box.style.backgroundColor = type ? type.color : "#888888";
    return box;
  }
  function line(color) { var bar = el("span", "kg-line"); bar.style.backgroundColor = color; return bar; }

  function button(text, className, onClick) {
    var b = el("button", className || "kg-link", [text]);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function nodeLink(i) { return button(N.label[i], "kg-link", function () { focusNode(i, false); }); }
  function articleLink(a) { return button(X.articleTitle(a), "kg-link", function () { showArticle(a); }); }

  /** A link to an article's address, only when it is http(s); opens in a new tab without a referrer. */
  function sourceLink(a, text) {
    var url = A.url[a];
    if (!url || !/^https?:\/\//i.test(url)) { return null; }
    var link = el("a", null, [text || "source"]);
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    return link;
  }

  function plural(count, word, many) {
    return count.toLocaleString("en") + " " + (count === 1 ? word : many || word + "s");
  }

  // ---- the canvas: what is drawn in each mode -------------------------------------------------

  function factsAmong(nodeSet) {
    var found = new Set();
    nodeSet.forEach(function (i) {
      X.factsOf(i).forEach(function (f) { if (nodeSet.has(X.other(f, i))) { found.add(f); } });
    });
    return Array.from(found);
  }

  /** At most about LINKS_PER_NODE links a node: each node's best supported ones, and every link of the focus. */
  function sparsify(facts) {
    if (facts.length <= LINKS_PER_NODE * state.shown.size) { return facts; }
    var sorted = facts.slice().sort(function (p, q) { return X.factArticles(q) - X.factArticles(p) || p - q; });
    var count = new Map();
    return sorted.filter(function (f) {
      var a = count.get(F.from[f]) || 0, b = count.get(F.to[f]) || 0;
      var keep = a < LINKS_PER_NODE || b < LINKS_PER_NODE || F.from[f] === state.focus || F.to[f] === state.focus;
      if (keep) { count.set(F.from[f], a + 1); count.set(F.to[f], b + 1); }
      return keep;
    });
  }

  function relationFacts() {
    var list = [];
    for (var f = 0; f < X.factCount; f++) {
      if (state.relations.has(X.predicate(f).name)) { list.push(f); }
    }
    list.sort(function (p, q) { return X.factArticles(q) - X.factArticles(p) || p - q; });
    return { all: list.length, drawn: list.slice(0, RELATION_LIMIT) };
  }

  function articleFacts(a) {
    var list = [];
    for (var f = 0; f < X.factCount; f++) { if (F.articles[f].indexOf(a) >= 0) { list.push(f); } }
    return list;
  }

  var lastDrawn = { nodes: 0, links: 0 };
  function render(fresh, onDone) {
    var nodeList, factList, note;
    if (state.mode === "relations") {
      var chosen = relationFacts();
      factList = chosen.drawn;
      var ends = new Set();
      factList.forEach(function (f) { ends.add(F.from[f]); ends.add(F.to[f]); });
      nodeList = Array.from(ends);
      note = "Only " + Array.from(state.relations).map(function (name) {
        return D.predicates.find(function (p) { return p.name === name; }).words;
      }).join(", ") + ": " + plural(chosen.all, "link") +
        (chosen.all > factList.length ? ", the " + factList.length + " best supported drawn" : "") + ".";
    } else if (state.mode === "article") {
      factList = articleFacts(state.article);
      var cast = new Set(X.nodesOfArticle(state.article));
      factList.forEach(function (f) { cast.add(F.from[f]); cast.add(F.to[f]); });
      nodeList = Array.from(cast);
      note = "What one article says: " + X.articleTitle(state.article);
    } else {
      nodeList = Array.from(state.shown);
      var among = factsAmong(state.shown);
      factList = sparsify(among);
      note = state.shown.size === D.overview.length && D.overview.every(function (i) { return state.shown.has(i); })
        ? "Overview: the " + D.overview.length + " most connected entities. Double-click a node to show its neighbours."
        : "Double-click a node to show its neighbours.";
      if (factList.length < among.length) {
        note += " " + factList.length + " of the " + among.length + " links among them drawn: the best supported of each entity.";
      }
    }
    lastDrawn = C.draw(nodeList, factList, fresh, function () {
      if (fresh) { C.fit(); }
      if (onDone) { onDone(); }
    });
    byId("kg-canvas-note").textContent = note;
    showStatus();
  }

  function showStatus() {
    byId("kg-status").textContent = "Drawn: " + lastDrawn.nodes.toLocaleString("en") + " of " +
      plural(X.nodeCount, "entity", "entities") + ", " + lastDrawn.links.toLocaleString("en") +
      " of " + plural(X.factCount, "link") + ".";
  }

  function toExplore() {
    if (state.mode !== "explore") {
      state.shown = new Set(C.drawnNodes());
      state.mode = "explore";
      state.relations.clear();
      state.article = -1;
      document.querySelectorAll("#kg-predicates input").forEach(function (box) { box.checked = false; });
    }
  }

  /** Put node i and up to EXPAND_STEP more of its neighbours on the canvas, i in focus; returns how many neighbours were added. */
  function showWithNeighbours(i) {
    toExplore();
    state.shown.add(i);
    state.focus = i;
    var added = 0;
    X.neighbours(i).some(function (n) {
      if (!state.shown.has(n.node)) { state.shown.add(n.node); added += 1; }
      return added >= EXPAND_STEP;
    });
    return added;
  }

  /** Add up to EXPAND_STEP more neighbours of node i to the canvas; returns how many were added. */
  function expand(i, onDone) {
    if (i < 0 || i >= X.nodeCount) { return -1; }
    var added = showWithNeighbours(i);
    C.highlight(null);
    render(false, onDone);
    C.selectNode(i);
    showNode(i);
    return added;
  }

  /** Bring node i and its best neighbours onto the canvas, highlight that ego network and centre it. */
  function focusNode(i, fromSearch, onDone) {
    if (i < 0 || i >= X.nodeCount) { return false; }
    showWithNeighbours(i);
    var ego = new Set([i]);
    X.neighbours(i).forEach(function (n) { if (state.shown.has(n.node)) { ego.add(n.node); } });
    render(false, function () {
      C.highlight(fromSearch ? ego : null);
      C.fit(Array.from(ego));
      if (onDone) { onDone(); }
    });
    C.highlight(fromSearch ? ego : null);
    C.selectNode(i);
    showNode(i);
    return true;
  }

  function setRelation(name, on) {
    if (on) { state.relations.add(name); } else { state.relations.delete(name); }
    var box = document.querySelector('#kg-predicates input[data-name="' + CSS.escape(name) + '"]');
    if (box) { box.checked = on; }
    C.highlight(null);
    if (state.relations.size) {
      state.mode = "relations";
    } else {
      state.mode = "explore";
    }
    render(true);
    return lastDrawn;
  }

  function setArticle(a) {
    if (a < 0) { return false; }
    state.mode = "article";
    state.article = a;
    state.relations.clear();
    document.querySelectorAll("#kg-predicates input").forEach(function (box) { box.checked = false; });
    C.highlight(null);
    render(true);
    selectView("graph");
    return true;
  }

  function setTypeVisible(type, visible) {
    C.setTypeHidden(type, !visible);
    render(false);
    return lastDrawn.nodes;
  }

  function reset(onDone) {
    state.mode = "explore";
    state.focus = -1;
    state.shown = new Set(D.overview);
    state.relations.clear();
    state.article = -1;
    document.querySelectorAll("#kg-predicates input").forEach(function (box) { box.checked = false; });
    C.highlight(null);
    render(true, onDone);
    showHint();
  }

  // ---- details panel --------------------------------------------------------------------------

  function panel() { return clear(byId("kg-details")); }
  function showHint() {
    panel().appendChild(el("p", "kg-hint", ["Click a node or a link to see its details and evidence. " +
      "Double-click a node to show its neighbours."]));
  }
  function section(details, title, items) {
    if (!items.length) { return; }
    details.appendChild(el("h3", null, [title]));
    details.appendChild(el("ul", null, items.map(function (item) { return el("li", null, item); })));
  }
  function definitions(details, rows) {
    var list = el("dl");
    rows.forEach(function (row) {
      if (row[1] === null || row[1] === undefined || row[1] === "") { return; }
      list.appendChild(el("dt", null, [row[0]]));
      list.appendChild(el("dd", null, [row[1]]));
    });
    if (list.firstChild) { details.appendChild(list); }
  }
  function joined(list) {
    if (!list.length) { return null; }
    var span = el("span");
    list.forEach(function (i, k) {
      if (k) { span.appendChild(document.createTextNode(", ")); }
      span.appendChild(nodeLink(i));
    });
    return span;
  }

  /** The sentence with the fact's characters marked, all as text nodes. */
  function sentenceQuote(piece) {
    var text = piece.sentence || "";
    var length = piece.end - piece.start;
    if (piece.offset >= 0 && piece.offset + length <= text.length && length > 0) {
      return el("blockquote", null, [text.slice(0, piece.offset), el("mark", null, [text.slice(piece.offset, piece.offset + length)]),
        text.slice(piece.offset + length)]);
    }
    return el("blockquote", null, [text]);
  }

  /** Evidence grouped by article: title, date, source link, then its sentences. */
  function evidenceList(details, evidence) {
    if (!evidence.length) { return; }
    details.appendChild(el("h3", null, ["Evidence"]));
    var byArticle = new Map();
    evidence.forEach(function (piece) {
      if (!byArticle.has(piece.article)) { byArticle.set(piece.article, []); }
      byArticle.get(piece.article).push(piece);
    });
    byArticle.forEach(function (list, a) {
      var block = el("div", "kg-evidence", [articleLink(a),
        el("div", "kg-meta", [A.published[a] ? X.readableDay(A.published[a]) + " " : "", sourceLink(a)])]);
      list.forEach(function (piece) {
        block.appendChild(sentenceQuote(piece));
        block.appendChild(el("div", "kg-meta", ["characters " + piece.start + "–" + piece.end + ", " +
          piece.extractor + ", confidence " + piece.confidence]));
      });
      details.appendChild(block);
    });
  }

  function header(details, title, type, iri) {
    details.appendChild(el("h2", null, [title]));
    if (type) { details.appendChild(el("div", "kg-type", [swatch(type), type.words])); }
    if (iri) { details.appendChild(el("div", "kg-iri", [iri])); }
  }

  function factLine(f, from) {
    var predicate = X.predicate(f);
    var other = X.other(f, from);
    var outgoing = F.from[f] === from || predicate.symmetric;
    var count = button("(" + plural(X.factArticles(f), "article") + ")", "kg-link", function () { showFact(f); });
    return outgoing ? [line(predicate.color), " " + predicate.words + " ", nodeLink(other), " ", count]
      : [line(predicate.color), " ", nodeLink(other), " " + predicate.words + " this ", count];
  }

  function eventLine(e, self) {
    var type = X.eventType(e);
    var others = E.roles[e].map(function (pair) { return pair[1]; })
      .filter(function (n, k, list) { return n !== self && list.indexOf(n) === k; });
    var parts = [button(type.words + (E.dateText[e] ? ", " + E.dateText[e] : ""), "kg-link", function () { showEvent(e); })];
    if (others.length) { parts.push(" with ", joined(others)); }
    return parts;
  }

  function showNode(i) {
    if (i < 0 || i >= X.nodeCount) { return false; }
    var details = panel();
    header(details, N.label[i], X.type(i), D.base + N.id[i]);
    var hidden = X.neighbours(i).filter(function (n) { return !state.shown.has(n.node) || state.mode !== "explore"; });
    if (hidden.length) {
      details.appendChild(button("Show neighbours (" + hidden.length + " not drawn)", "kg-action",
        function () { expand(i); }));
    }
    definitions(details, [["Mentions", String(N.mentions[i])], ["Articles", String(N.articles[i].length)],
      ["Links", String(X.degree(i))]]);
    section(details, "Also called", N.aliases[i].map(function (alias) { return [alias]; }));
    var facts = X.factsOf(i).sort(function (p, q) {
      var a = X.predicate(p).words, b = X.predicate(q).words;
      return a < b ? -1 : a > b ? 1 : X.factArticles(q) - X.factArticles(p) || p - q;
    });
    section(details, "Facts (" + facts.length + ")", facts.slice(0, 100).map(function (f) { return factLine(f, i); }));
    var events = X.eventsOf(i);
    var statements = events.filter(function (x) { return X.eventType(x.event).name === "Statement" && x.role === "agent"; });
    if (statements.length) {
      details.appendChild(el("h3", null, ["Statements (" + statements.length + ")"]));
      var list = el("ol", "kg-statements");
      statements.forEach(function (x) {
        var e = x.event;
        list.appendChild(el("li", null, [
          button(E.quote[e] ? "“" + E.quote[e] + "”" : "(no quote)", "kg-link", function () { showEvent(e); }),
          el("span", "kg-meta", [" " + (E.dateText[e] ? E.dateText[e] + ", " : "") + plural(E.articles[e].length, "article")])
        ]));
      });
      details.appendChild(list);
    }
    var others = events.filter(function (x) { return statements.indexOf(x) < 0; });
    section(details, "Events (" + others.length + ")", others.map(function (x) { return eventLine(x.event, i); }));
    var articles = N.articles[i].slice().sort(function (p, q) {
      return (A.published[q] || "") < (A.published[p] || "") ? -1 : (A.published[q] || "") > (A.published[p] || "") ? 1 : p - q;
    });
    section(details, "Articles (" + articles.length + ")", articles.slice(0, 30).map(function (a) { return [articleLink(a)]; }));
    return true;
  }

  function showFact(f) {
    if (f < 0 || f >= X.factCount) { return false; }
    var predicate = X.predicate(f);
    var details = panel();
    header(details, N.label[F.from[f]] + " " + predicate.words + " " + N.label[F.to[f]]);
    definitions(details, [
      [predicate.symmetric ? "Between" : "From", nodeLink(F.from[f])],
      ["Relation", el("span", null, [line(predicate.color), " " + predicate.words])],
      [predicate.symmetric ? "And" : "To", nodeLink(F.to[f])],
      ["Told in", plural(X.factArticles(f), "article") + ", " + plural(F.evidence[f], "piece") + " of evidence"]
    ]);
    evidenceList(details, X.factEvidence(f));
    C.selectEdge("f" + f);
    return true;
  }

  function showEvent(e) {
    if (e < 0 || e >= X.eventCount) { return false; }
    var type = X.eventType(e);
    var details = panel();
    var who = X.roleFillers(e, ["agent", "participant"]);
    header(details, type.words + (who.length ? ": " + who.map(function (n) { return N.label[n]; }).join(", ") : ""), type, D.base + E.id[e]);
    var what = type.words + (E.planned[e] ? " (planned)" : "");
    if (E.accepted[e] === true) { what += ", accepted"; }
    if (E.accepted[e] === false) { what += ", declined"; }
    definitions(details, [
      ["What", what],
      ["Who", joined(who)],
      ["To whom", joined(X.roleFillers(e, ["recipient"]))],
      ["Where", joined(X.roleFillers(e, ["place", "destination"]))],
      ["When", E.dateText[e] ? E.dateText[e] + (E.dateWritten[e] ? " (“" + E.dateWritten[e] + "”)" : "") : "date not given"],
      ["Items", E.items[e].join(", ")],
      ["Travelling by", E.vehicle[e]],
      ["Reported by", joined(X.roleFillers(e, ["reportedBy"]))],
      ["Told in", plural(E.articles[e].length, "article")]
    ]);
    if (E.quote[e]) {
      details.appendChild(el("h3", null, ["Quote"]));
      details.appendChild(el("blockquote", null, [E.quote[e]]));
    }
    evidenceList(details, X.eventEvidence(e));
    return true;
  }

  function showArticle(a) {
    if (a < 0 || a >= X.articleCount) { return false; }
    var details = panel();
    header(details, X.articleTitle(a), { shape: "square", color: "#bab0ac", words: "Article" }, A.iri[a]);
    definitions(details, [
      ["Published", A.published[a] ? X.readableDay(A.published[a]) : null],
      ["Author", A.author[a]],
      ["Source", sourceLink(a, A.url[a])],
      ["Entities", String(X.nodesOfArticle(a).length)]
    ]);
    details.appendChild(button("Show what this article says on the graph", "kg-action", function () { setArticle(a); }));
    var facts = articleFacts(a);
    section(details, "Facts told (" + facts.length + ")", facts.slice(0, 100).map(function (f) { return factLine(f, F.from[f]); }));
    return true;
  }

  function showChooser(edgeIds) {
    var details = panel();
    details.appendChild(el("h2", null, [edgeIds.length + " links here"]));
    section(details, "Choose one", edgeIds.map(function (id) {
      var f = Number(id.slice(1));
      var predicate = X.predicate(f);
      return [line(predicate.color), " ", button(N.label[F.from[f]] + " " + predicate.words + " " + N.label[F.to[f]] +
        " (" + plural(X.factArticles(f), "article") + ")", "kg-link", function () { showFact(f); })];
    }));
  }

  // ---- controls -------------------------------------------------------------------------------

  function renderResults(found) {
    var list = clear(byId("kg-results"));
    found.slice(0, 8).forEach(function (hit) {
      var label = N.label[hit.node] + (hit.name !== N.label[hit.node] ? " (" + hit.name + ")" : "");
      list.appendChild(el("li", null, [button("", null, function () { focusNode(hit.node, true); })]));
      var b = list.lastChild.firstChild;
      b.appendChild(swatch(X.type(hit.node)));
      b.appendChild(document.createTextNode(" " + label));
    });
  }

  function checkItem(list, name, marker, text, count, checked, onChange) {
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = checked;
    box.dataset.name = name;
    box.addEventListener("change", function () { onChange(name, box.checked); });
    list.appendChild(el("li", null, [el("label", null, [box, marker, text, el("span", "kg-count", ["(" + count + ")"])])]));
  }

  function buildControls() {
    var typeCounts = new Map();
    for (var i = 0; i < X.nodeCount; i++) { typeCounts.set(N.type[i], (typeCounts.get(N.type[i]) || 0) + 1); }
    var legend = byId("kg-legend");
    Array.from(typeCounts.keys()).sort(function (p, q) { return typeCounts.get(q) - typeCounts.get(p) || p - q; })
      .forEach(function (t) {
        var type = D.types[t];
        checkItem(legend, type.name, swatch(type), type.words, typeCounts.get(t), true, setTypeVisible);
      });
    var predicateCounts = new Map();
    for (var f = 0; f < X.factCount; f++) { predicateCounts.set(F.predicate[f], (predicateCounts.get(F.predicate[f]) || 0) + 1); }
    var predicates = byId("kg-predicates");
    D.predicates.map(function (p, k) { return k; })
      .sort(function (p, q) { return D.predicates[p].words < D.predicates[q].words ? -1 : 1; })
      .forEach(function (k) {
        var p = D.predicates[k];
        checkItem(predicates, p.name, line(p.color), p.words, predicateCounts.get(k) || 0, false, setRelation);
      });
    var input = byId("kg-search");
    input.addEventListener("input", function () { renderResults(X.search(input.value, 8)); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        var found = X.search(input.value, 8);
        renderResults(found);
        if (found.length) { focusNode(found[0].node, true); }
      }
    });
    byId("kg-reset").addEventListener("click", function () { reset(); });
    document.querySelectorAll("#kg-tabs button").forEach(function (tab) {
      tab.addEventListener("click", function () { selectView(tab.dataset.view); });
    });
  }

  function bindNetwork() {
    var network = X.network;
    var tooltip = byId("kg-tooltip");
    network.on("click", function (params) {
      if (params.nodes.length) {
        C.selectNode(params.nodes[0]);
        showNode(params.nodes[0]);
      } else if (params.edges.length) {
        var here = C.edgesAt(params.pointer.DOM);
        if (here.length > 1) { showChooser(here); C.selectEdge(null); }
        else { showFact(Number((here[0] || params.edges[0]).slice(1))); }
      } else {
        C.selectEdge(null);
        C.highlight(null);
        showHint();
      }
    });
    network.on("doubleClick", function (params) { if (params.nodes.length) { expand(params.nodes[0]); } });
    network.on("hoverEdge", function (params) {
      C.hoverEdge(params.edge, true);
      var f = Number(params.edge.slice(1));
      tooltip.textContent = N.label[F.from[f]] + " " + X.predicate(f).words + " " + N.label[F.to[f]] +
        " · " + plural(X.factArticles(f), "article");
      tooltip.hidden = false;
    });
    network.on("blurEdge", function (params) { C.hoverEdge(params.edge, false); tooltip.hidden = true; });
    network.on("hoverNode", function (params) {
      var said = X.eventsOf(params.node).filter(function (x) {
        return x.role === "agent" && X.eventType(x.event).name === "Statement";
      }).length;
      tooltip.textContent = N.label[params.node] + " · " + plural(X.degree(params.node), "link") +
        (said ? " · " + plural(said, "statement") : "");
      tooltip.hidden = false;
    });
    network.on("blurNode", function () { tooltip.hidden = true; });
    byId("kg-network").addEventListener("mousemove", function (event) {
      tooltip.style.left = (event.clientX + 12) + "px";
      tooltip.style.top = (event.clientY + 12) + "px";
    });
    byId("kg-network").addEventListener("mouseleave", function () { tooltip.hidden = true; });
  }

  // ---- views: graph, facts table, timeline, articles ------------------------------------------

  function selectView(view) {
    state.view = view;
    document.querySelectorAll("#kg-tabs button").forEach(function (tab) {
      tab.setAttribute("aria-selected", String(tab.dataset.view === view));
    });
    ["graph", "facts", "timeline", "articles"].forEach(function (name) { byId("kg-view-" + name).hidden = name !== view; });
    if (view === "facts") { table.open(); }
    if (view === "timeline") { timeline.open(); }
    if (view === "articles") { articleList.open(); }
    if (view === "graph") { X.network.redraw(); }
  }

  var table = (function () {
    var built = false, sortKey = "articles", descending = true, current = [], limit = PAGE;
    function open() {
      if (built) { return; }
      built = true;
      var select = byId("kg-facts-relation");
      var names = new Map();
      D.predicates.forEach(function (p) { names.set(p.name, p.words); });
      for (var e = 0; e < X.eventCount; e++) { var t = X.eventType(e); names.set(t.name, t.words.toLowerCase()); }
      Array.from(names).sort(function (p, q) { return p[1] < q[1] ? -1 : 1; }).forEach(function (pair) {
        var option = el("option", null, [pair[1]]);
        option.value = pair[0];
        select.appendChild(option);
      });
      select.addEventListener("change", function () { limit = PAGE; refresh(); });
      byId("kg-facts-filter").addEventListener("input", function () { limit = PAGE; refresh(); });
      document.querySelectorAll("#kg-facts-table th").forEach(function (th) {
        th.addEventListener("click", function () { sortBy(th.dataset.key); });
      });
      byId("kg-facts-more").addEventListener("click", function () { limit += PAGE; draw(); });
      byId("kg-facts-csv").addEventListener("click", download);
      refresh();
    }
    function sortBy(key) {
      if (sortKey === key) { descending = !descending; } else { sortKey = key; descending = key === "articles" || key === "evidence"; }
      refresh();
    }
    function refresh() {
      var rows = X.filterRows(X.factRows(), byId("kg-facts-filter").value, byId("kg-facts-relation").value);
      current = X.sortRows(rows, sortKey, descending);
      document.querySelectorAll("#kg-facts-table th").forEach(function (th) {
        if (th.dataset.key === sortKey) { th.setAttribute("aria-sort", descending ? "descending" : "ascending"); }
        else { th.removeAttribute("aria-sort"); }
      });
      draw();
    }
    function draw() {
      var body = clear(document.querySelector("#kg-facts-table tbody"));
      current.slice(0, limit).forEach(function (row) {
        var tr = el("tr", null, [el("td", null, [row.subject]), el("td", null, [row.relation]), el("td", null, [row.object]),
          el("td", null, [row.date]), el("td", "kg-number", [String(row.articles)]),
          el("td", "kg-number", [row.evidence === null ? "" : String(row.evidence)])]);
        tr.addEventListener("click", function () {
          document.querySelectorAll("#kg-facts-table tr.kg-selected").forEach(function (r) { r.classList.remove("kg-selected"); });
          tr.classList.add("kg-selected");
          if (row.kind === "fact") { showFact(row.index); } else { showEvent(row.index); }
        });
        body.appendChild(tr);
      });
      byId("kg-facts-more").hidden = current.length <= limit;
      byId("kg-facts-count").textContent = plural(current.length, "row") +
        (current.length > limit ? ", first " + limit + " shown" : "");
    }
    function download() {
      var blob = new Blob([X.csv(current)], { type: "text/csv;charset=utf-8" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "facts.csv";
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    }
    return {
      open: open,
      rows: function () { open(); return current; },
      filter: function (text, relation) {
        open();
        byId("kg-facts-filter").value = text || "";
        byId("kg-facts-relation").value = relation || "";
        limit = PAGE;
        refresh();
        return current.length;
      },
      sortBy: function (key) { open(); sortBy(key); return current.map(function (row) { return row[key]; }); },
      csv: function () { open(); return X.csv(current); }
    };
  })();

  var SVG = "http://www.w3.org/2000/svg";
  function svgEl(tag, attributes, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, attributes[key]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  var timeline = (function () {
    var built = false;
    function open() {
      if (built) { return; }
      built = true;
      var select = byId("kg-timeline-type");
      var types = new Map();
      for (var e = 0; e < X.eventCount; e++) { types.set(E.type[e], X.eventType(e)); }
      types.forEach(function (type, t) {
        var option = el("option", null, [type.words]);
        option.value = String(t);
        select.appendChild(option);
      });
      select.addEventListener("change", draw);
      draw();
    }
    function dayNumber(key, withYear) {
      var parts = withYear ? key.split("-") : ["2000"].concat(key.slice(2).split("-"));
      var date = Date.UTC(Number(parts[0]), Number(parts[1] || 7) - 1, Number(parts[2] || 1));
      return date / 86400000;
    }
    function axis(list, withYear, title) {
      if (!list.length) { return null; }
      var width = 900, rowHeight = 9, margin = 30;
      var days = list.map(function (x) { return dayNumber(x.key, withYear); });
      var low = withYear ? Math.min.apply(null, days) : dayNumber("--01-01", false);
      var high = withYear ? Math.max.apply(null, days) : dayNumber("--12-31", false);
      var earlier = 0;
      if (withYear && list.length >= 10) {
        // a few old dates would squeeze the rest into a corner: start at the tenth percentile
        var sorted = days.slice().sort(function (p, q) { return p - q; });
        var start = sorted[Math.floor(sorted.length / 10)];
        if (high - low > 4 * (high - start + 30)) {
          low = start - 15;
          earlier = days.filter(function (d) { return d < low; }).length;
          days = days.map(function (d) { return Math.max(d, low); });
        }
      }
      if (high - low < 30) { low -= 15; high += 15; }
      var stacks = new Map();
      var circles = list.map(function (x, k) {
        var cx = margin + (days[k] - low) / (high - low) * (width - 2 * margin);
        var column = Math.round(cx / 6);
        var level = stacks.get(column) || 0;
        stacks.set(column, level + 1);
        return { x: x, cx: cx, level: level };
      });
      var top = Math.min(40, Math.max.apply(null, Array.from(stacks.values())));
      var height = 40 + top * rowHeight;
      var svg = svgEl("svg", { viewBox: "0 0 " + width + " " + height, role: "img" });
      svg.appendChild(svgEl("text", { x: 4, y: 12, "font-size": 12, fill: "#444" },
        title + (earlier ? " (" + earlier + " earlier, at the left edge)" : "")));
      var base = height - 18;
      svg.appendChild(svgEl("line", { x1: margin, x2: width - margin, y1: base, y2: base, stroke: "#888" }));
      var ticks = withYear ? yearTicks(low, high) : monthTicks();
      ticks.forEach(function (tick) {
        var x = margin + (tick.day - low) / (high - low) * (width - 2 * margin);
        svg.appendChild(svgEl("line", { x1: x, x2: x, y1: base, y2: base + 4, stroke: "#888" }));
        svg.appendChild(svgEl("text", { x: x, y: base + 14, "font-size": 10, "text-anchor": "middle", fill: "#555" }, tick.label));
      });
      circles.forEach(function (c) {
        if (c.level >= 40) { return; }
        var e = c.x.event;
        var dot = svgEl("circle", { cx: c.cx.toFixed(1), cy: base - 6 - c.level * rowHeight, r: 4,
          fill: X.eventType(e).color, stroke: "#333", "stroke-width": 0.5, "data-event": e });
        dot.appendChild(svgEl("title", {}, X.eventType(e).words + ", " + (E.dateText[e] || "")));
        dot.addEventListener("click", function () { showEvent(e); });
        svg.appendChild(dot);
      });
      return svg;
    }
    /** Ticks on the first of a month or of a year, at most about twelve of them. */
    function yearTicks(low, high) {
      var ticks = [];
      var first = new Date(low * 86400000), last = new Date(high * 86400000);
      var months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
      var step = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600].find(function (m) { return months / m <= 12; }) || 1200;
      var year = first.getUTCFullYear(), month = 0;
      if (step < 12) { month = first.getUTCMonth() - first.getUTCMonth() % step; }
      else { year -= year % (step / 12); }
      for (;;) {
        var day = Date.UTC(year, month, 1) / 86400000;
        if (day > high) { break; }
        if (day >= low) { ticks.push({ day: day, label: step < 12 ? (month + 1) + "/" + year : String(year) }); }
        month += step;
        year += Math.floor(month / 12);
        month %= 12;
      }
      return ticks;
    }
    function monthTicks() {
      var ticks = [];
      for (var month = 1; month <= 12; month++) { ticks.push({ day: Date.UTC(2000, month - 1, 1) / 86400000, label: "1/" + month }); }
      return ticks;
    }
    function draw() {
      var type = byId("kg-timeline-type").value;
      var list = X.datedEvents().filter(function (x) { return !type || String(E.type[x.event]) === type; });
      var axes = clear(byId("kg-timeline-axes"));
      var withYear = list.filter(function (x) { return x.year; });
      var noYear = list.filter(function (x) { return !x.year; });
      [axis(withYear, true, "Events by date"), axis(noYear, false, "Events whose year is unknown, by day and month")]
        .forEach(function (svg) { if (svg) { axes.appendChild(svg); } });
      var ordered = clear(byId("kg-timeline-list"));
      list.slice(0, 2000).forEach(function (x) {
        var e = x.event;
        var who = X.roleFillers(e, ["agent", "participant"]);
        ordered.appendChild(el("li", null, [el("span", "kg-date", [E.dateText[e]]), swatch(X.eventType(e)), " ",
          button(X.eventType(e).words + (who.length ? ": " + who.map(function (n) { return N.label[n]; }).join(", ") : ""),
            "kg-link", function () { showEvent(e); })]));
      });
      byId("kg-timeline-count").textContent = plural(list.length, "dated event") + " of " + X.eventCount.toLocaleString("en");
    }
    return { open: open };
  })();

  var articleList = (function () {
    var built = false, ordered = null, current = [], limit = PAGE;
    function open() {
      if (built) { return; }
      built = true;
      ordered = X.articlesNewestFirst().map(function (a) { return { a: a, folded: X.fold(X.articleTitle(a)) }; });
      byId("kg-articles-filter").addEventListener("input", function () { limit = PAGE; refresh(); });
      byId("kg-articles-more").addEventListener("click", function () { limit += PAGE; draw(); });
      refresh();
    }
    function refresh() {
      var query = X.fold(byId("kg-articles-filter").value);
      current = ordered.filter(function (x) { return !query || x.folded.indexOf(query) >= 0; });
      draw();
    }
    function draw() {
      var list = clear(byId("kg-articles-list"));
      current.slice(0, limit).forEach(function (x) {
        var a = x.a;
        list.appendChild(el("li", null, [el("span", "kg-date", [A.published[a] ? X.readableDay(A.published[a]) : "date unknown"]),
          articleLink(a), " ", sourceLink(a)]));
      });
      byId("kg-articles-more").hidden = current.length <= limit;
      byId("kg-articles-count").textContent = plural(current.length, "article");
    }
    return {
      open: open,
      filter: function (text) { open(); byId("kg-articles-filter").value = text; limit = PAGE; refresh(); return current.map(function (x) { return A.id[x.a]; }); }
    };
  })();

  // ---- start ----------------------------------------------------------------------------------

  buildControls();
  bindNetwork();
  render(true, function () { state.ready = true; });
  showHint();

  function ids(list) { return list.map(function (i) { return N.id[i]; }); }
  function factIndex(fromId, toId, predicate) {
    var i = X.nodeIndex(fromId), j = X.nodeIndex(toId);
    if (i < 0 || j < 0) { return -1; }
    var found = X.factsOf(i).filter(function (f) {
      return X.predicate(f).name === predicate && ((F.from[f] === i && F.to[f] === j) ||
        (X.predicate(f).symmetric && F.from[f] === j && F.to[f] === i));
    });
    return found.length ? found[0] : -1;
  }

  /** What tests and the console can call; ids are node ids ("person/kim-jong-un"). */
  window.kgExplorer = {
    isReady: function () { return state.ready && !C.isLayingOut(); },
    fold: X.fold,
    search: function (text) { return ids(X.search(text).map(function (hit) { return hit.node; })); },
    focus: function (id) { return focusNode(X.nodeIndex(id), true); },
    expand: function (id) { return expand(X.nodeIndex(id)); },
    neighbours: function (id) { return ids(X.neighbours(X.nodeIndex(id)).map(function (n) { return n.node; })); },
    showNode: function (id) { return showNode(X.nodeIndex(id)); },
    showEvent: function (id) { return showEvent(E.id.indexOf(id)); },
    showArticle: function (id) { return showArticle(X.articleIndex(id)); },
    showLink: function (edgeId) { return showFact(Number(String(edgeId).slice(1))); },
    linkId: function (fromId, toId, predicate) { var f = factIndex(fromId, toId, predicate); return f < 0 ? null : "f" + f; },
    drawnNodeIds: function () { return ids(C.drawnNodes()).sort(); },
    drawnLinks: function () {
      return C.drawnFacts().map(function (f) {
        return { id: "f" + f, from: N.id[F.from[f]], to: N.id[F.to[f]], predicate: X.predicate(f).name, articles: X.factArticles(f) };
      });
    },
    highlightedIds: function () {
      return ids(X.nodes.get({ filter: function (n) { return n.opacity === undefined || n.opacity === 1; } })
        .map(function (n) { return n.id; })).sort();
    },
    selectedIds: function () { return ids(X.network.getSelectedNodes()); },
    /** The DOM point (relative to the canvas) halfway along a drawn straight link. */
    linkMidpoint: function (edgeId) {
      var edge = X.edges.get(edgeId);
      if (!edge) { return null; }
      var positions = X.network.getPositions([edge.from, edge.to]);
      var a = positions[edge.from], b = positions[edge.to];
      return X.network.canvasToDOM({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
    },
    nodePoint: function (id) {
      var i = X.nodeIndex(id);
      var position = X.network.getPositions([i])[i];
      return position ? X.network.canvasToDOM(position) : null;
    },
    setRelations: function (names) {
      Array.from(state.relations).forEach(function (name) { if (names.indexOf(name) < 0) { setRelation(name, false); } });
      names.forEach(function (name) { setRelation(name, true); });
      return lastDrawn;
    },
    setArticle: function (id) { return setArticle(X.articleIndex(id)); },
    setTypeVisible: setTypeVisible,
    reset: function () { reset(); return true; },
    selectView: selectView,
    facts: table,
    articles: articleList,
    counts: function () { return { nodes: X.nodeCount, facts: X.factCount, events: X.eventCount, articles: X.articleCount }; }
  };
})(KGX);
