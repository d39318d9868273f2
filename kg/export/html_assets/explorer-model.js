/* The explorer's model: the graph read once from the page's JSON, its indexes, search,
 * the rows of the facts table and of the timeline, CSV. No DOM here.
 * Everything is addressed by index: node i, fact f, event e, article a. */
var KGX = window.KGX = {};
(function (X) {
  "use strict";

  var D = JSON.parse(document.getElementById("kg-data").textContent);
  X.data = D;
  var N = D.nodes, F = D.facts, E = D.events, A = D.articles;
  X.nodeCount = N.id.length;
  X.factCount = F.from.length;
  X.eventCount = E.id.length;
  X.articleCount = A.id.length;

  var nodeById = new Map();
  for (var i = 0; i < N.id.length; i++) { nodeById.set(N.id[i], i); }
  X.nodeIndex = function (id) { var i = nodeById.get(id); return i === undefined ? -1 : i; };
  var articleById = new Map();
  for (var a = 0; a < A.id.length; a++) { articleById.set(A.id[a], a); }
  X.articleIndex = function (id) { var i = articleById.get(id); return i === undefined ? -1 : i; };

  X.predicate = function (f) { return D.predicates[F.predicate[f]]; };
  X.type = function (i) { return D.types[N.type[i]]; };
  X.eventType = function (e) { return D.types[E.type[e]]; };

  // Adjacency in compressed rows: the facts of node i are factsOf[start[i] .. start[i + 1]).
  var degree = new Int32Array(X.nodeCount + 1);
  for (var f = 0; f < X.factCount; f++) { degree[F.from[f]] += 1; degree[F.to[f]] += 1; }
  var start = new Int32Array(X.nodeCount + 1);
  for (i = 0; i < X.nodeCount; i++) { start[i + 1] = start[i] + degree[i]; }
  var fill = start.slice(0, X.nodeCount);
  var factsOf = new Int32Array(start[X.nodeCount]);
  for (f = 0; f < X.factCount; f++) {
    factsOf[fill[F.from[f]]++] = f;
    if (F.to[f] !== F.from[f]) { factsOf[fill[F.to[f]]++] = f; }
  }

  /** The facts touching node i. */
  X.factsOf = function (i) { return Array.prototype.slice.call(factsOf, start[i], start[i] + degree[i]); };
  X.other = function (f, i) { return F.from[f] === i ? F.to[f] : F.from[f]; };
  X.factArticles = function (f) { return F.articles[f].length; };

  /** Neighbours of node i, best supported first: [{node, weight}]. */
  X.neighbours = function (i) {
    var weight = new Map();
    X.factsOf(i).forEach(function (f) {
      var other = X.other(f, i);
      if (other !== i) { weight.set(other, Math.max(weight.get(other) || 0, F.articles[f].length)); }
    });
    return Array.from(weight, function (pair) { return { node: pair[0], weight: pair[1] }; })
      .sort(function (p, q) { return q.weight - p.weight || N.mentions[q.node] - N.mentions[p.node] || p.node - q.node; });
  };

  var eventsOfNode = null;
  /** Events with node i in a role: [{event, role}]. Built on first use. */
  X.eventsOf = function (i) {
    if (!eventsOfNode) {
      eventsOfNode = new Map();
      for (var e = 0; e < X.eventCount; e++) {
        E.roles[e].forEach(function (pair) {
          var list = eventsOfNode.get(pair[1]);
          if (!list) { eventsOfNode.set(pair[1], list = []); }
          list.push({ event: e, role: E.roleNames[pair[0]] });
        });
      }
    }
    return eventsOfNode.get(i) || [];
  };
  X.roleFillers = function (e, roles) {
    return E.roles[e].filter(function (pair) { return roles.indexOf(E.roleNames[pair[0]]) >= 0; })
      .map(function (pair) { return pair[1]; });
  };

  var nodesOfArticle = null;
  /** Entities article a mentions. Built on first use. */
  X.nodesOfArticle = function (a) {
    if (!nodesOfArticle) {
      nodesOfArticle = new Map();
      for (var n = 0; n < X.nodeCount; n++) {
        N.articles[n].forEach(function (article) {
          var list = nodesOfArticle.get(article);
          if (!list) { nodesOfArticle.set(article, list = []); }
          list.push(n);
        });
      }
    }
    return nodesOfArticle.get(a) || [];
  };

  // ---- evidence: parsed the first time it is needed ------------------------------------------

  var evidence = null;
  function loadEvidence() {
    if (!evidence) { evidence = JSON.parse(document.getElementById("kg-evidence").textContent); }
    return evidence;
  }
  function pieces(rows) {
    var ev = loadEvidence();
    return rows.map(function (row) {
      return { article: row[0], sentence: ev.sentences[row[1]], start: row[2], end: row[3],
        extractor: ev.extractors[row[4]], confidence: row[5], offset: row[6] };
    });
  }
  X.factEvidence = function (f) { return pieces(loadEvidence().facts[f]); };
  X.eventEvidence = function (e) { return pieces(loadEvidence().events[e]); };

  // ---- names: search ignores case, diacritics and punctuation --------------------------------

  X.fold = function (text) {
    return String(text)
      .replace(/[đĐ]/g, function (c) { return c === "đ" ? "d" : "D"; })
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  };

  var searchIndex = null;
  function buildSearchIndex() {
    searchIndex = [];
    for (var n = 0; n < X.nodeCount; n++) {
      searchIndex.push({ node: n, name: N.label[n], folded: X.fold(N.label[n]) });
      for (var k = 0; k < N.aliases[n].length; k++) {
        searchIndex.push({ node: n, name: N.aliases[n][k], folded: X.fold(N.aliases[n][k]) });
      }
    }
  }

  function matchScore(name, query) {
    if (name === query) { return 0; }
    if (name.startsWith(query)) { return 1; }
    if ((" " + name).indexOf(" " + query) >= 0) { return 2; }
    if (name.indexOf(query) >= 0) { return 3; }
    return -1;
  }

  /** Entities whose name or alias matches `text`, best first: [{node, name, score}]. */
  X.search = function (text, limit) {
    var query = X.fold(text);
    if (!query) { return []; }
    if (!searchIndex) { buildSearchIndex(); }
    var best = new Map();
    for (var k = 0; k < searchIndex.length; k++) {
      var entry = searchIndex[k];
      var score = matchScore(entry.folded, query);
      if (score < 0) { continue; }
      var seen = best.get(entry.node);
      if (!seen || score < seen.score) { best.set(entry.node, { node: entry.node, name: entry.name, score: score }); }
    }
    var found = Array.from(best.values());
    found.sort(function (p, q) {
      return p.score - q.score || degree[q.node] - degree[p.node] || N.mentions[q.node] - N.mentions[p.node] ||
        (N.label[p.node] < N.label[q.node] ? -1 : N.label[p.node] > N.label[q.node] ? 1 : p.node - q.node);
    });
    return limit ? found.slice(0, limit) : found;
  };
  X.degree = function (i) { return degree[i]; };

  // ---- dates and articles --------------------------------------------------------------------

  /** A publication date as people read it: "2019-04-25T08:00:00+07:00" -> "25/4/2019". */
  X.readableDay = function (iso) {
    var found = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return found ? Number(found[3]) + "/" + Number(found[2]) + "/" + found[1] : (iso || "");
  };
  X.articleTitle = function (a) { return A.title[a] || A.id[a]; };

  /** The earliest publication date of a set of articles (ISO text), or "". */
  function firstPublished(articles) {
    var first = "";
    articles.forEach(function (a) {
      var day = A.published[a];
      if (day && (!first || day < first)) { first = day; }
    });
    return first;
  }

  // ---- facts table and timeline rows ---------------------------------------------------------

  function names(list) { return list.map(function (n) { return N.label[n]; }).join(", "); }

  /** One row per drawn fact and per event: what the facts table lists. Built on first use. */
  var rows = null;
  X.factRows = function () {
    if (rows) { return rows; }
    rows = [];
    for (var f = 0; f < X.factCount; f++) {
      var reported = firstPublished(F.articles[f]);
      rows.push({ kind: "fact", index: f, subject: N.label[F.from[f]], relation: X.predicate(f).words,
        relationName: X.predicate(f).name, object: N.label[F.to[f]],
        date: reported ? "reported " + X.readableDay(reported) : "", dateKey: reported ? reported.slice(0, 10) : "",
        articles: F.articles[f].length, evidence: F.evidence[f] });
    }
    for (var e = 0; e < X.eventCount; e++) {
      var type = X.eventType(e);
      var who = X.roleFillers(e, ["agent"]);
      var participants = X.roleFillers(e, ["participant"]);
      var subject = who.length ? who : participants.slice(0, 1);
      var object = X.roleFillers(e, ["recipient"]).concat(who.length ? participants : participants.slice(1),
        X.roleFillers(e, ["destination", "place"]));
      var text = names(object);
      if (type.name === "Statement" && E.quote[e]) { text = "“" + E.quote[e] + "”"; }
      rows.push({ kind: "event", index: e, subject: names(subject), relation: type.words.toLowerCase(),
        relationName: type.name, object: text, date: E.dateText[e] || "", dateKey: E.date[e] || "",
        articles: E.articles[e].length, evidence: null });
    }
    rows.forEach(function (row) {
      row.folded = X.fold([row.subject, row.relation, row.object, row.date].join(" "));
    });
    return rows;
  };

  /** Rows matching a filter text and a relation name (either may be empty). */
  X.filterRows = function (allRows, text, relation) {
    var query = X.fold(text || "");
    return allRows.filter(function (row) {
      return (!relation || row.relationName === relation) && (!query || row.folded.indexOf(query) >= 0);
    });
  };

  var NUMERIC = { articles: true, evidence: true };
  /** Rows sorted by a column, ascending or descending; ties keep a stable, meaningful order. */
  X.sortRows = function (list, key, descending) {
    var sign = descending ? -1 : 1;
    return list.slice().sort(function (p, q) {
      var x = key === "date" ? p.dateKey : p[key], y = key === "date" ? q.dateKey : q[key];
      if (NUMERIC[key]) { x = x === null ? -1 : x; y = y === null ? -1 : y; }
      if (x < y) { return -sign; }
      if (x > y) { return sign; }
      return p.subject < q.subject ? -1 : p.subject > q.subject ? 1 : p.index - q.index;
    });
  };

  /** CSV text (RFC 4180, with a header) of table rows. */
  X.csv = function (list) {
    function cell(value) {
      var text = value === null || value === undefined ? "" : String(value);
      // a leading =, +, - or @ would run as a formula in a spreadsheet
      if (/^[=+\-@]/.test(text)) { text = "'" + text; }
      return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    }
    var lines = [["subject", "relation", "object", "date", "articles", "evidence"].join(",")];
    list.forEach(function (row) {
      lines.push([row.subject, row.relation, row.object, row.date, row.articles,
        row.evidence === null ? "" : row.evidence].map(cell).join(","));
    });
    return lines.join("\r\n") + "\r\n";
  };

  /** Events with a date, as {event, key, year}: key "2019-04-25"-like; year false for "--09-12". */
  X.datedEvents = function () {
    var list = [];
    for (var e = 0; e < X.eventCount; e++) {
      var date = E.date[e];
      if (date) { list.push({ event: e, key: date, year: date.slice(0, 2) !== "--" }); }
    }
    // dates with a year first, in order; then those whose year is unknown, by month and day
    return list.sort(function (p, q) {
      return (q.year - p.year) || (p.key < q.key ? -1 : p.key > q.key ? 1 : p.event - q.event);
    });
  };

  /** Articles, newest first (undated last), as indexes. */
  X.articlesNewestFirst = function () {
    var list = [];
    for (var a = 0; a < X.articleCount; a++) { list.push(a); }
    return list.sort(function (p, q) {
      var x = A.published[p] || "", y = A.published[q] || "";
      if (x !== y) { return x > y ? -1 : 1; }
      var s = X.articleTitle(p), t = X.articleTitle(q);
      return s < t ? -1 : s > t ? 1 : p - q;
    });
  };
})(KGX);
