/* The explorer around the vis-network drawn by pyvis (globals `network`, `nodes`, `edges`).
 * Text from articles is untrusted: it is only ever shown through text nodes
 * (textContent / createTextNode), never parsed as HTML. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var TYPE_BY_NAME = {};
  DATA.types.forEach(function (t) { TYPE_BY_NAME[t.name] = t; });
  var PREDICATE_WORDS = {};
  DATA.predicates.forEach(function (p) { PREDICATE_WORDS[p.name] = p.words; });
  var ROLE_PREDICATES = new Set(DATA.rolePredicates);
  var WHO = ["agent", "participant", "recipient"];
  var WHERE = ["place", "destination"];

  var state = {
    hiddenTypes: new Set(DATA.hiddenTypes),
    hiddenPredicates: new Set(),
    article: "",
    pinned: false,
    ready: false
  };

  var outgoing = {};
  var incoming = {};
  Object.keys(DATA.nodes).forEach(function (id) { outgoing[id] = []; incoming[id] = []; });
  Object.keys(DATA.edges).forEach(function (id) {
    var edge = DATA.edges[id];
    outgoing[edge.from].push(id);
    incoming[edge.to].push(id);
  });

  // ---- DOM helpers: every string becomes a text node ------------------------------------------

  function el(tag, className, children) {
    var element = document.createElement(tag);
    if (className) { element.className = className; }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) { return; }
      element.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    });
    return element;
  }

  function swatch(type) {
    var style = TYPE_BY_NAME[type] || { shape: "dot", color: "#888888" };
    var box = el("span", "kg-swatch kg-shape-" + style.shape);
    box.style.backgroundColor = style.color;
    return box;
  }

  function linkButton(text, onClick) {
    var button = el("button", "kg-link", [text]);
    button.type = "button";
    button.addEventListener("click", onClick);
    return button;
  }

  function nodeLink(id) {
    var node = DATA.nodes[id];
    return linkButton(node ? node.label : id, function () { focusNode(id); });
  }

  /** Segmented text joins the syllables of a word with "_"; show it with spaces. */
  function readable(text) { return String(text).replace(/(?<=\p{L})_(?=\p{L})/gu, " "); }

  function articleTitle(articleId) {
    var article = DATA.articles[articleId];
    return article && article.title ? readable(article.title) : articleId;
  }

  function articleLink(articleId) {
    return linkButton(articleTitle(articleId), function () { setArticle(articleId); });
  }

  function plural(count, word) { return count + " " + word + (count === 1 ? "" : "s"); }

  // ---- names: search ignores case, diacritics and punctuation ----------------------------------

  function fold(text) {
    return String(text)
      .replace(/[đĐ]/g, function (c) { return c === "đ" ? "d" : "D"; })
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  }

  var searchIndex = Object.keys(DATA.nodes)
    .filter(function (id) { return DATA.nodes[id].kind === "entity"; })
    .map(function (id) {
      var node = DATA.nodes[id];
      var names = [node.label].concat(node.aliases || []);
      return { id: id, names: names, folded: names.map(fold) };
    });

  function matchScore(name, query) {
    if (name === query) { return 0; }
    if (name.startsWith(query)) { return 1; }
    if ((" " + name).indexOf(" " + query) >= 0) { return 2; }
    if (name.indexOf(query) >= 0) { return 3; }
    return -1;
  }

  /** Entities whose label or alias matches `text`, best first: [{id, name, score}]. */
  function search(text) {
    var query = fold(text);
    if (!query) { return []; }
    var found = [];
    searchIndex.forEach(function (entry) {
      var best = -1, bestName = "";
      entry.folded.forEach(function (name, i) {
        var score = matchScore(name, query);
        if (score >= 0 && (best < 0 || score < best)) { best = score; bestName = entry.names[i]; }
      });
      if (best >= 0) { found.push({ id: entry.id, name: bestName, score: best }); }
    });
    found.sort(function (a, b) {
      var na = DATA.nodes[a.id], nb = DATA.nodes[b.id];
      return a.score - b.score || (nb.mentions || 0) - (na.mentions || 0) ||
        (na.label < nb.label ? -1 : na.label > nb.label ? 1 : 0) || (a.id < b.id ? -1 : 1);
    });
    return found;
  }

  // ---- filters --------------------------------------------------------------------------------

  function nodeVisible(id) {
    var node = DATA.nodes[id];
    if (state.article) {
      var article = DATA.articles[state.article];
      if (article && article.node === id) { return true; }
      if ((node.articles || []).indexOf(state.article) < 0) { return false; }
    }
    return !state.hiddenTypes.has(node.type);
  }

  function edgeVisible(id, visibleNodes) {
    var edge = DATA.edges[id];
    if (state.hiddenPredicates.has(edge.predicate)) { return false; }
    if (!visibleNodes.has(edge.from) || !visibleNodes.has(edge.to)) { return false; }
    return !state.article || edge.articles.indexOf(state.article) >= 0;
  }

  // Links to node types hidden at first (articles' "mentions") join the drawing only when needed.
  var deferredEdges = DATA.deferredEdges;

  function addDeferredEdges(visibleNodes) {
    if (!deferredEdges.length) { return; }
    var needed = deferredEdges.some(function (edge) { return edgeVisible(edge.id, visibleNodes); });
    if (needed) {
      edges.add(deferredEdges.map(function (edge) { return Object.assign({ hidden: true }, edge); }));
      deferredEdges = [];
    }
  }

  function applyFilters(fit) {
    var visibleNodes = new Set();
    var nodeChanges = [];
    nodes.get({ fields: ["id", "hidden"] }).forEach(function (node) {
      var visible = nodeVisible(node.id);
      if (visible) { visibleNodes.add(node.id); }
      if (Boolean(node.hidden) === visible) { nodeChanges.push({ id: node.id, hidden: !visible }); }
    });
    addDeferredEdges(visibleNodes);
    var edgeChanges = [];
    var visibleEdges = 0;
    edges.get({ fields: ["id", "hidden"] }).forEach(function (edge) {
      var visible = edgeVisible(edge.id, visibleNodes);
      if (visible) { visibleEdges += 1; }
      if (Boolean(edge.hidden) === visible) { edgeChanges.push({ id: edge.id, hidden: !visible }); }
    });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    showStatus(visibleNodes.size, visibleEdges);
    if (fit && visibleNodes.size) { network.fit({ nodes: Array.from(visibleNodes), animation: false }); }
    return visibleNodes.size;
  }

  function showStatus(visibleNodes, visibleEdges) {
    var text = "Showing " + visibleNodes + " of " + plural(nodes.length, "node") + ", " +
      visibleEdges + " of " + plural(Object.keys(DATA.edges).length, "link") + ".";
    if (state.article) { text += " Article view."; }
    if (DATA.large) { text += " Large graph: fixed layout."; }
    document.getElementById("kg-status").textContent = text;
  }

  function setArticle(articleId) {
    state.article = articleId && DATA.articles[articleId] ? articleId : "";
    document.getElementById("kg-article").value = state.article;
    var count = applyFilters(true);
    if (state.article) { showArticle(state.article); }
    return count;
  }

  function setTypeVisible(type, visible) {
    if (visible) { state.hiddenTypes.delete(type); } else { state.hiddenTypes.add(type); }
    var box = document.querySelector('#kg-legend input[data-name="' + CSS.escape(type) + '"]');
    if (box) { box.checked = visible; }
    return applyFilters(false);
  }

  function setPredicateVisible(predicate, visible) {
    if (visible) { state.hiddenPredicates.delete(predicate); } else { state.hiddenPredicates.add(predicate); }
    var box = document.querySelector('#kg-predicates input[data-name="' + CSS.escape(predicate) + '"]');
    if (box) { box.checked = visible; }
    return applyFilters(false);
  }

  function reset() {
    state.hiddenTypes = new Set(DATA.hiddenTypes);
    state.hiddenPredicates = new Set();
    document.querySelectorAll("#kg-legend input").forEach(function (box) {
      box.checked = !state.hiddenTypes.has(box.dataset.name);
    });
    document.querySelectorAll("#kg-predicates input").forEach(function (box) { box.checked = true; });
    state.pinned = false;
    network.unselectAll();
    showHint();
    return setArticle("");
  }

  // ---- details panel --------------------------------------------------------------------------

  function panel() {
    var details = document.getElementById("kg-details");
    while (details.firstChild) { details.removeChild(details.firstChild); }
    return details;
  }

  function showHint() {
    panel().appendChild(el("p", "kg-hint", ["Click or hover a node or a link to see its details."]));
  }

  function header(details, id) {
    var node = DATA.nodes[id];
    var type = TYPE_BY_NAME[node.type];
    details.appendChild(el("h2", null, [node.kind === "article" ? readable(node.label) : node.label]));
    details.appendChild(el("div", "kg-type", [swatch(node.type), type ? type.words : node.type]));
    details.appendChild(el("div", "kg-iri", [node.iri]));
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

  function evidenceList(details, evidence, title) {
    if (!evidence.length) { return; }
    details.appendChild(el("h3", null, [title]));
    evidence.forEach(function (item) {
      details.appendChild(el("div", "kg-evidence", [
        articleLink(item.article),
        el("blockquote", null, [readable(item.sentence)]),
        el("div", "kg-meta", [item.extractor + ", confidence " + item.confidence])
      ]));
    });
  }

  function edgeItem(edgeId, towards) {
    var edge = DATA.edges[edgeId];
    var other = towards === "out" ? edge.to : edge.from;
    var words = PREDICATE_WORDS[edge.predicate] || edge.predicate;
    var detail = linkButton("(" + plural(edge.count, "source") + ")", function () { showEdge(edgeId, true); });
    return towards === "out"
      ? [words + " ", nodeLink(other), " ", detail]
      : [nodeLink(other), " " + words + " this ", detail];
  }

  function showNode(id, pin) {
    var node = DATA.nodes[id];
    if (!node) { return false; }
    if (pin) { state.pinned = true; }
    var details = panel();
    header(details, id);
    if (node.kind === "event") {
      showEventBody(details, id, node);
    } else if (node.kind === "article") {
      showArticleBody(details, id, node);
    } else {
      showEntityBody(details, id, node);
    }
    return true;
  }

  function showEntityBody(details, id, node) {
    definitions(details, [
      ["Mentions", String(node.mentions || 0)],
      ["Articles", String((node.articles || []).length)]
    ]);
    section(details, "Also called", (node.aliases || []).map(function (alias) { return [alias]; }));
    var posts = outgoing[id].filter(function (e) { return ROLE_PREDICATES.has(DATA.edges[e].predicate); });
    section(details, "Posts held", posts.map(function (e) { return edgeItem(e, "out"); }));
    var holders = incoming[id].filter(function (e) { return ROLE_PREDICATES.has(DATA.edges[e].predicate); });
    section(details, "Posts here", holders.map(function (e) { return edgeItem(e, "in"); }));
    var events = incoming[id].filter(function (e) { return DATA.nodes[DATA.edges[e].from].kind === "event"; });
    section(details, "Events", events.map(function (e) {
      var edge = DATA.edges[e];
      return [nodeLink(edge.from), " (as " + edge.predicate + ")"];
    }));
    var others = outgoing[id].filter(function (e) { return posts.indexOf(e) < 0; })
      .map(function (e) { return edgeItem(e, "out"); })
      .concat(incoming[id].filter(function (e) {
        var from = DATA.nodes[DATA.edges[e].from];
        return holders.indexOf(e) < 0 && from.kind === "entity";
      }).map(function (e) { return edgeItem(e, "in"); }));
    section(details, "Relations", others);
    section(details, "Same as", (node.sameAs || []).map(function (iri) { return [iri]; }));
    section(details, "Articles", (node.articles || []).map(function (a) { return [articleLink(a)]; }));
  }

  function roleFillers(id, roles) {
    return outgoing[id].filter(function (e) { return roles.indexOf(DATA.edges[e].predicate) >= 0; })
      .map(function (e) { return DATA.edges[e].to; });
  }

  function joinedLinks(ids) {
    var span = el("span");
    ids.forEach(function (other, i) {
      if (i) { span.appendChild(document.createTextNode(", ")); }
      span.appendChild(nodeLink(other));
    });
    return ids.length ? span : null;
  }

  function showEventBody(details, id, node) {
    var type = TYPE_BY_NAME[node.type];
    var what = (type ? type.words : node.type) + (node.planned ? " (planned)" : "");
    if (node.accepted === true) { what += ", accepted"; }
    if (node.accepted === false) { what += ", declined"; }
    definitions(details, [
      ["What", what],
      ["Who", joinedLinks(roleFillers(id, WHO))],
      ["Where", joinedLinks(roleFillers(id, WHERE))],
      ["When", node.date || "date not given"],
      ["Items", readable((node.items || []).join(", "))],
      ["Travelling by", node.vehicle ? readable(node.vehicle) : null],
      ["Told in", plural((node.articles || []).length, "article")]
    ]);
    if (node.quote) {
      details.appendChild(el("h3", null, ["Quote"]));
      details.appendChild(el("blockquote", null, [readable(node.quote)]));
    }
    section(details, "Roles", outgoing[id].map(function (e) { return edgeItem(e, "out"); }));
    evidenceList(details, node.evidence || [], "Evidence");
  }

  function showArticleBody(details, id, node) {
    var articleId = (node.articles || [])[0];
    definitions(details, [
      ["Title", node.title ? readable(node.title) : null],
      ["Author", node.author],
      ["Published", node.published],
      ["Address", node.url],
      ["Names mentioned", String(outgoing[id].filter(function (e) { return DATA.edges[e].predicate === "mentions"; }).length)]
    ]);
    if (articleId && state.article !== articleId) {
      details.appendChild(linkButton("Show only what this article says", function () { setArticle(articleId); }));
    }
  }

  function showArticle(articleId) {
    var article = DATA.articles[articleId];
    if (article) { showNode(article.node, true); }
  }

  function showEdge(id, pin) {
    var edge = DATA.edges[id];
    if (!edge) { return false; }
    if (pin) { state.pinned = true; }
    var details = panel();
    var words = PREDICATE_WORDS[edge.predicate] || edge.predicate;
    details.appendChild(el("h2", null, [DATA.nodes[edge.from].label + " " + words + " " + DATA.nodes[edge.to].label]));
    definitions(details, [
      ["From", nodeLink(edge.from)],
      ["Relation", words],
      ["To", nodeLink(edge.to)],
      ["Corroboration", plural(edge.count, "piece") + " of evidence in " + plural(edge.articles.length, "article")]
    ]);
    evidenceList(details, edge.evidence, "Evidence");
    if (!edge.evidence.length && edge.articles.length) {
      section(details, "Articles", edge.articles.map(function (a) { return [articleLink(a)]; }));
    }
    return true;
  }

  // ---- focus ----------------------------------------------------------------------------------

  function focusNode(id) {
    var node = DATA.nodes[id];
    if (!node) { return false; }
    if (!nodeVisible(id)) {
      state.hiddenTypes.delete(node.type);
      var box = document.querySelector('#kg-legend input[data-name="' + CSS.escape(node.type) + '"]');
      if (box) { box.checked = true; }
      if (state.article && (node.articles || []).indexOf(state.article) < 0) { state.article = ""; }
      document.getElementById("kg-article").value = state.article;
      applyFilters(false);
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(id, true);
    return true;
  }

  // ---- controls -------------------------------------------------------------------------------

  function renderResults(found) {
    var list = document.getElementById("kg-results");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    found.slice(0, 8).forEach(function (hit) {
      var node = DATA.nodes[hit.id];
      var label = node.label + (hit.name !== node.label ? " (" + hit.name + ")" : "");
      var button = el("button", null, [swatch(node.type), " ", label]);
      button.type = "button";
      button.addEventListener("click", function () { focusNode(hit.id); });
      list.appendChild(el("li", null, [button]));
    });
  }

  function checkItem(list, name, text, count, marker, checked, onChange) {
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = checked;
    box.dataset.name = name;
    box.addEventListener("change", function () { onChange(name, box.checked); });
    list.appendChild(el("li", null, [el("label", null, [box, marker, text, el("span", "kg-count", ["(" + count + ")"])])]));
  }

  function buildControls() {
    var legend = document.getElementById("kg-legend");
    DATA.types.forEach(function (type) {
      checkItem(legend, type.name, type.words, type.count, swatch(type.name),
        !state.hiddenTypes.has(type.name), setTypeVisible);
    });
    var predicates = document.getElementById("kg-predicates");
    DATA.predicates.forEach(function (predicate) {
      var line = el("span", "kg-line");
      line.style.backgroundColor = predicate.color;
      checkItem(predicates, predicate.name, predicate.words, predicate.count, line, true, setPredicateVisible);
    });
    var select = document.getElementById("kg-article");
    Object.keys(DATA.articles)
      .sort(function (a, b) {
        var ta = articleTitle(a), tb = articleTitle(b);
        return ta < tb ? -1 : ta > tb ? 1 : (a < b ? -1 : 1);
      })
      .forEach(function (articleId) {
        var option = document.createElement("option");
        option.value = articleId;
        option.textContent = articleTitle(articleId);
        select.appendChild(option);
      });
    select.addEventListener("change", function () { setArticle(select.value); });
    var input = document.getElementById("kg-search");
    input.addEventListener("input", function () { renderResults(search(input.value)); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        var found = search(input.value);
        renderResults(found);
        if (found.length) { focusNode(found[0].id); }
      }
    });
    document.getElementById("kg-reset").addEventListener("click", reset);
  }

  function bindNetwork() {
    network.on("click", function (params) {
      if (params.nodes.length) { showNode(params.nodes[0], true); }
      else if (params.edges.length) { showEdge(params.edges[0], true); }
      else { state.pinned = false; showHint(); }
    });
    network.on("hoverNode", function (params) { if (!state.pinned) { showNode(params.node, false); } });
    network.on("hoverEdge", function (params) { if (!state.pinned) { showEdge(params.edge, false); } });
    var markReady = function () { state.ready = true; };
    if (DATA.large || nodes.length === 0) {
      network.once("afterDrawing", markReady);
      network.redraw();
    } else {
      // Stabilise from the precomputed positions only now, once the listener is in place.
      network.once("stabilizationIterationsDone", function () {
        if (!DATA.livePhysics) { network.setOptions({ physics: { enabled: false } }); }
        network.fit({ animation: false });
        markReady();
      });
      network.stabilize(DATA.stabilizationIterations);
    }
  }

  buildControls();
  bindNetwork();
  applyFilters(false);

  window.kgExplorer = {
    fold: fold,
    search: function (text) { return search(text).map(function (hit) { return hit.id; }); },
    focus: focusNode,
    showNode: function (id) { return showNode(id, true); },
    showEdge: function (id) { return showEdge(id, true); },
    setArticle: setArticle,
    setTypeVisible: setTypeVisible,
    setPredicateVisible: setPredicateVisible,
    reset: reset,
    visibleNodeIds: function () {
      return nodes.get({ filter: function (n) { return !n.hidden; }, fields: ["id"] }).map(function (n) { return n.id; });
    },
    isReady: function () { return state.ready; }
  };
})();
