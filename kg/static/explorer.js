/* hitech-kg explorer: reads the JSON payload and drives vis-network.
 * Every piece of data reaches the page through textContent or as plain-text vis titles;
 * nothing here builds HTML from data, and nothing is loaded from the network. */
(function () {
  'use strict';

  const timings = { scriptStart: performance.now() };
  const data = JSON.parse(document.getElementById('kg-data').textContent);
  timings.parsed = performance.now();
  const meta = data.meta;
  const N = data.nodes.length;
  const $ = (id) => document.getElementById(id);

  let markReady;
  const ready = new Promise((resolve) => { markReady = resolve; });

  // ------------------------------------------------------------------ small DOM helpers (text only)
  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'text') node.textContent = value;
      else if (key === 'class') node.className = value;
      else if (key === 'style') node.style.cssText = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children || []) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }
  const fmt = (n) => n.toLocaleString('zh-CN');
  const short = (s) => (s.length > 16 ? s.slice(0, 15) + '…' : s);
  const normalise = (s) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

  // ------------------------------------------------------------------ indexes
  const classOn = data.classes.map((c) => !c.hidden);
  const kindOn = data.kinds.map((k) => !k.hidden);
  const adjacent = Array.from({ length: N }, () => []);
  data.edges.forEach((e, j) => { adjacent[e.s].push(j); adjacent[e.t].push(j); });
  const articleSets = data.nodes.map((n) => new Set(n.r));
  const byName = new Map();
  for (const [name, id] of data.names) {
    const key = normalise(name);
    if (!byName.has(key)) byName.set(key, []);
    byName.get(key).push(id);
  }

  // ------------------------------------------------------------------ filter state
  const state = { article: -1, hood: null, hoodCentre: -1, hops: 1, showAll: !meta.big, pinned: new Set() };
  const visible = new Uint8Array(N);

  function nodeVisible(i) {
    const n = data.nodes[i];
    if (!classOn[n.c]) return false;
    if (state.article >= 0 && !articleSets[i].has(state.article)) return false;
    if (state.hood && !state.hood.has(i)) return false;
    if (!state.showAll && !n.k && state.article < 0 && !state.hood && !state.pinned.has(i)) return false;
    return true;
  }
  const edgeVisible = (j) => {
    const e = data.edges[j];
    return kindOn[e.k] && visible[e.s] === 1 && visible[e.t] === 1;
  };

  // ------------------------------------------------------------------ vis-network
  const groups = {};
  data.classes.forEach((c) => {
    groups[c.key] = {
      shape: c.shape, size: c.key === 'Zone' ? 22 : 14,
      color: { background: c.color, border: c.color, highlight: { background: c.color, border: '#111' },
               hover: { background: c.color, border: '#111' } },
      font: c.shape === 'box' ? { color: '#222' } : undefined,
    };
  });
  function tooltip(n) {
    const cls = data.classes[n.c];
    const lines = [n.l, cls.label];
    if (n.a.length) lines.push('别名：' + n.a.join('、'));
    for (const [k, v] of n.f) lines.push(k + '：' + v);
    if (n.r.length) lines.push('来源文章：' + n.r.length + ' 篇');
    return lines.join('\n');
  }
  function edgeTooltip(e) {
    const lines = [data.nodes[e.s].l + ' —' + e.l + '→ ' + data.nodes[e.t].l];
    if (e.e.length) lines.push('“' + e.e[0][0] + '”');
    return lines.join('\n');
  }
  const nodes = new vis.DataSet(data.nodes.map((n, i) => ({
    id: i, label: short(n.l), title: tooltip(n), group: data.classes[n.c].key, x: n.x, y: n.y,
  })));
  const edges = new vis.DataSet(data.edges.map((e, j) => ({
    id: j, from: e.s, to: e.t, label: e.l, title: edgeTooltip(e),
    dashes: data.kinds[e.k].key === 'mentioned',
  })));
  const nodesView = new vis.DataView(nodes, { filter: (item) => visible[item.id] === 1 });
  const edgesView = new vis.DataView(edges, { filter: (item) => edgeVisible(item.id) });

  const big = N > 1500;
  const options = {
    groups,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 7 },
    nodes: { font: { face: meta.font, size: 14, color: '#222' }, borderWidth: 1 },
    edges: {
      smooth: false, width: 1, color: { color: '#9a9a9a', highlight: '#d62728', hover: '#555' },
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      font: { face: meta.font, size: 10, color: '#555', strokeWidth: 3, strokeColor: '#fff' },
    },
    interaction: { hover: !big, tooltipDelay: 250, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   multiselect: false, navigationButtons: false },
  };

  function computeVisible() {
    for (let i = 0; i < N; i++) visible[i] = nodeVisible(i) ? 1 : 0;
  }
  computeVisible();
  const network = new vis.Network($('kg-network'), { nodes: nodesView, edges: edgesView }, options);
  let isReady = false;
  timings.networkCreated = performance.now();
  network.once('afterDrawing', () => {
    timings.firstDrawn = performance.now();
    isReady = true;
    markReady({ nodes: nodesView.length, edges: edgesView.length });
  });

  function refresh() {
    computeVisible();
    nodesView.refresh();
    edgesView.refresh();
    $('kg-stats').textContent = '显示 ' + fmt(nodesView.length) + ' / ' + fmt(meta.nodes) + ' 个节点 · '
      + fmt(edgesView.length) + ' 条关系';
    $('kg-clear-hood').disabled = !state.hood;
  }

  // ------------------------------------------------------------------ banner
  function banner() {
    const lines = [];
    if (meta.focus) {
      lines.push('只显示“' + meta.focus + '”周围 ' + meta.hops + ' 跳以内的 ' + fmt(meta.nodes) + ' 个节点（全图 '
        + fmt(meta.total) + ' 个）。');
    }
    if (meta.big) {
      lines.push('图中有 ' + fmt(meta.nodes) + ' 个节点，默认只显示连接最多的 ' + fmt(meta.maxNodes)
        + ' 个。搜索名称、选择文章或双击节点可看到其余节点；勾选左侧“显示全部节点”，'
        + '或运行 kg build --focus 名称 只导出一个园区的邻域。');
    }
    if (lines.length) {
      $('kg-banner').textContent = lines.join(' ');
      $('kg-banner').hidden = false;
    }
  }

  // ------------------------------------------------------------------ filters
  function buildFilters() {
    data.classes.forEach((c, i) => {
      if (!c.count) return;
      const box = el('input', { type: 'checkbox', 'data-class': c.key });
      box.checked = classOn[i];
      box.addEventListener('change', () => { classOn[i] = box.checked; refresh(); });
      $('kg-classes').append(el('label', { title: c.key }, [
        box, ' ', el('span', { class: 'kg-glyph', style: 'color:' + c.color, text: c.glyph }),
        c.label + ' ', el('span', { class: 'kg-count', text: fmt(c.count) }),
      ]));
    });
    data.kinds.forEach((k, i) => {
      if (!k.count) return;
      const box = el('input', { type: 'checkbox', 'data-kind': k.key });
      box.checked = kindOn[i];
      box.addEventListener('change', () => {
        kindOn[i] = box.checked;
        if (state.hood) state.hood = neighbourhood(state.hoodCentre, state.hops);
        refresh();
      });
      $('kg-kinds').append(el('label', {}, [box, ' ' + k.label + ' ', el('span', { class: 'kg-count', text: fmt(k.count) })]));
    });
    const select = $('kg-article');
    data.articles.forEach((a, i) => {
      select.append(el('option', { value: String(i), text: (a.d ? a.d + ' ' : '') + short(a.t) }));
    });
    select.addEventListener('change', () => { setArticle(select.value === '' ? -1 : Number(select.value)); });
    document.querySelectorAll('input[name="kg-hops"]').forEach((radio) => {
      radio.addEventListener('change', () => {
        state.hops = Number(radio.value);
        if (state.hood) state.hood = neighbourhood(state.hoodCentre, state.hops);
        refresh();
      });
    });
    $('kg-clear-hood').addEventListener('click', () => { state.hood = null; state.hoodCentre = -1; refresh(); fit(); });
    if (meta.big) {
      $('kg-big').hidden = false;
      $('kg-show-all').addEventListener('change', (ev) => { state.showAll = ev.target.checked; refresh(); });
    }
    const names = $('kg-names');
    const seen = new Set();
    const fragment = document.createDocumentFragment();
    for (const [name] of data.names) {
      if (seen.has(name)) continue;
      seen.add(name);
      fragment.append(el('option', { value: name }));
    }
    names.append(fragment);
  }

  function setArticle(index) {
    state.article = index;
    $('kg-article').value = index < 0 ? '' : String(index);
    refresh();
    fit();
  }

  function neighbourhood(centre, hops) {
    const seen = new Set([centre]);
    let frontier = [centre];
    for (let h = 0; h < hops; h++) {
      const next = [];
      for (const i of frontier) {
        for (const j of adjacent[i]) {
          const e = data.edges[j];
          if (!kindOn[e.k]) continue;
          const other = e.s === i ? e.t : e.s;
          if (!seen.has(other)) { seen.add(other); next.push(other); }
        }
      }
      frontier = next;
    }
    return seen;
  }

  function showNeighbourhood(i) {
    state.hoodCentre = i;
    state.hood = neighbourhood(i, state.hops);
    if (state.article >= 0 && !articleSets[i].has(state.article)) setArticle(-1);
    refresh();
    fit();
    network.selectNodes([i]);
    showNode(i);
  }

  function fit() {
    if (nodesView.length) network.fit({ nodes: nodesView.getIds(), animation: false });
  }

  // ------------------------------------------------------------------ search
  function find(query) {
    const key = normalise(query);
    if (!key) return -1;
    const exact = byName.get(key);
    if (exact) return exact[0];
    for (const [name, id] of data.names) if (normalise(name).includes(key)) return id;
    return -1;
  }

  function reveal(i) {
    const n = data.nodes[i];
    if (!classOn[n.c]) {
      classOn[n.c] = true;
      const box = document.querySelector('input[data-class="' + data.classes[n.c].key + '"]');
      if (box) box.checked = true;
    }
    if (state.article >= 0 && !articleSets[i].has(state.article)) setArticle(-1);
    if (state.hood && !state.hood.has(i)) { state.hood = null; state.hoodCentre = -1; }
    state.pinned.add(i);
    refresh();
  }

  function focusNode(i) {
    reveal(i);
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.2), animation: false });
    showNode(i);
  }

  function search(query) {
    const i = find(query);
    $('kg-search-status').textContent = i < 0 ? '没有找到“' + query + '”' : '';
    if (i >= 0) focusNode(i);
    return i;
  }

  // ------------------------------------------------------------------ details panel
  function articleLine(index) {
    const a = data.articles[index];
    if (!a) return el('span', { text: '（未知文章）' });
    return el('button', { type: 'button', class: 'kg-link', title: a.s, text: '《' + a.t + '》' + (a.d ? ' ' + a.d : ''),
                          onclick: () => setArticle(index) });
  }

  function showNode(i) {
    const n = data.nodes[i];
    const cls = data.classes[n.c];
    const panel = $('kg-panel');
    const facts = el('dl', {}, [
      el('dt', { text: '类别' }), el('dd', {}, [el('span', { style: 'color:' + cls.color, text: cls.glyph + ' ' }), cls.label]),
    ]);
    if (n.a.length) facts.append(el('dt', { text: '别名' }), el('dd', { text: n.a.join('、') }));
    for (const [k, v] of n.f) facts.append(el('dt', { text: k }), el('dd', { text: v }));
    const relations = el('ul');
    for (const j of adjacent[i]) {
      const e = data.edges[j];
      if (!kindOn[e.k]) continue;
      const outgoing = e.s === i;
      const other = data.nodes[outgoing ? e.t : e.s];
      relations.append(el('li', {}, [el('button', {
        type: 'button', class: 'kg-link', onclick: () => { network.selectEdges([j]); showEdge(j); },
        text: (outgoing ? e.l + ' → ' : '← ' + e.l + ' ') + other.l,
      })]));
    }
    const articles = el('ul', {}, n.r.map((a) => el('li', {}, [articleLine(a)])));
    panel.replaceChildren(
      el('h3', { text: n.l }), facts,
      el('p', { class: 'kg-iri', text: n.i.includes('://') ? n.i : meta.idBase + n.i }),
      el('button', { type: 'button', text: '只看邻域', onclick: () => showNeighbourhood(i) }),
      el('h4', { text: '来源文章（' + n.r.length + '）' }), articles,
      el('h4', { text: '关系（' + relations.childElementCount + '）' }), relations,
    );
  }

  function showEdge(j) {
    const e = data.edges[j];
    const source = data.nodes[e.s];
    const target = data.nodes[e.t];
    const panel = $('kg-panel');
    const evidence = el('div');
    for (const [text, article, start, end] of e.e) {
      evidence.append(el('blockquote', { text: text || '（无证据句）' }));
      const where = el('p', { class: 'kg-source' }, ['—— ', article >= 0 ? articleLine(article) : '（未知文章）']);
      if (start >= 0 && end >= 0) where.append('，第 ' + start + '–' + end + ' 字');
      evidence.append(where);
    }
    if (!e.e.length) evidence.append(el('p', { class: 'kg-hint', text: '没有证据句。' }));
    const sourceArticles = e.r.length
      ? [el('h4', { text: '来源文章' }), el('ul', {}, e.r.map((a) => el('li', {}, [articleLine(a)])))] : [];
    panel.replaceChildren(
      el('h3', {}, [
        el('button', { type: 'button', class: 'kg-link', text: source.l, onclick: () => focusNode(e.s) }),
        ' —' + e.l + '→ ',
        el('button', { type: 'button', class: 'kg-link', text: target.l, onclick: () => focusNode(e.t) }),
      ]),
      el('p', { text: '关系：' + data.kinds[e.k].label }),
      el('h4', { text: '证据（' + e.e.length + '）' }), evidence, ...sourceArticles,
    );
  }

  network.on('click', (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  network.on('doubleClick', (params) => { if (params.nodes.length) showNeighbourhood(params.nodes[0]); });
  $('kg-search-form').addEventListener('submit', (ev) => { ev.preventDefault(); search($('kg-search').value); });
  $('kg-search').addEventListener('change', () => { if (byName.has(normalise($('kg-search').value))) search($('kg-search').value); });

  // ------------------------------------------------------------------ read-only hook for tests and benchmarks
  const api = {
    ready,
    get isReady() { return isReady; },
    timings: () => Object.assign({}, timings),
    visibleNodeCount: () => nodesView.length,
    visibleEdgeCount: () => edgesView.length,
    drawnNodeCount: () => network.body.nodeIndices.length,
    selectedNodeId: () => { const s = network.getSelectedNodes(); return s.length ? s[0] : null; },
    findNode: (name) => find(name),
    nodeLabel: (i) => (data.nodes[i] ? data.nodes[i].l : null),
    nodeClass: (i) => (data.nodes[i] ? data.classes[data.nodes[i].c].key : null),
    edgeBetween: (s, t) => data.edges.findIndex((e) => e.s === s && e.t === t),
    pagePosition: (i) => {
      const p = network.canvasToDOM(network.getPosition(i));
      const box = $('kg-network').getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    },
  };
  window.kgExplorer = Object.freeze(api);

  buildFilters();
  banner();
  refresh();
  fit();
}());
