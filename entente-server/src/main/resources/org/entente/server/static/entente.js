// Draws each page's charts from the JSON embedded in the page (#page-data) with ECharts, and
// runs the scenario indicator board. No inline scripts: the pages' CSP allows scripts from
// this server only.
(function () {
  'use strict';
  var BANDS = ['adversarial', 'transactional', 'strategic-transactionalism', 'strategic-alignment', 'alliance'];
  var COLOURS = { 'adversarial': '#b23b3b', 'transactional': '#c98a2b', 'strategic-transactionalism': '#6f8f3a',
    'strategic-alignment': '#2f7f8f', 'alliance': '#1f4e79' };
  var charts = {};

  function el(kind) { return document.getElementById('chart-' + kind); }

  function draw(kind, option) {
    var node = el(kind);
    if (!node) { return; }
    var chart = charts[kind] || echarts.init(node, null, { renderer: 'canvas' });
    charts[kind] = chart;
    chart.setOption(option, true);
    node.dataset.version = String((Number(node.dataset.version) || 0) + 1);
  }

  // A range (low-high) bar with the point estimate marked, one row per label.
  function ranges(kind, labels, lows, highs, points, colour) {
    draw(kind, {
      grid: { left: 140, right: 30, top: 10, bottom: 30 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', min: 0, max: 100 },
      yAxis: { type: 'category', data: labels, inverse: true },
      series: [
        { type: 'bar', stack: 'r', data: lows, itemStyle: { color: 'transparent' }, silent: true, name: 'low' },
        { type: 'bar', stack: 'r', name: 'interval', itemStyle: { color: colour || '#9fb7cc' }, barWidth: 14,
          data: highs.map(function (h, i) { return Math.round((h - lows[i]) * 10) / 10; }) },
        { type: 'scatter', name: 'score', data: points, symbolSize: 12, itemStyle: { color: '#1d2430' }, z: 5 }
      ]
    });
  }

  function casesPage(d) {
    ranges('cases', d.cases.map(function (c) { return c.dyad; }), d.cases.map(function (c) { return c.interval[0]; }),
      d.cases.map(function (c) { return c.interval[1]; }), d.cases.map(function (c) { return c.score; }));
  }

  function overviewPage(d) {
    var a = d.assessment;
    ranges('overall', ['overall'], [a.interval[0]], [a.interval[1]], [a.score], COLOURS[a.band]);
    var dims = Object.keys(a.dimensions);
    // a broad dimension is one the band rules count toward breadth (55 or more, with support)
    ranges('dimensions', dims.map(function (k) { return a.dimensions[k].broad ? k + ' (broad)' : k; }),
      dims.map(function (k) { return a.dimensions[k].interval[0]; }),
      dims.map(function (k) { return a.dimensions[k].interval[1]; }), dims.map(function (k) { return a.dimensions[k].score; }));
    draw('commitment', {
      grid: { left: 50, right: 30, top: 30, bottom: 40 },
      legend: { top: 0, data: ['reference pairs', 'cases', 'this case'], textStyle: { fontSize: 10 } },
      tooltip: { formatter: function (p) { return p.data[2] + ': cooperation ' + p.data[0] + ', commitment ' + p.data[1]; } },
      xAxis: { type: 'value', min: 0, max: 100, name: 'overall cooperation', nameLocation: 'middle', nameGap: 25 },
      yAxis: { type: 'value', min: 0, max: 100, name: 'commitment' },
      series: [
        { type: 'scatter', name: 'reference pairs', symbolSize: 9, itemStyle: { color: '#9aa3ad' },
          // reference pairs are data-only assessments of one year: labelled with it, and laid out apart
          labelLayout: { hideOverlap: true },
          label: { show: true, position: 'right', formatter: function (p) { return p.data[2]; }, fontSize: 10 },
          data: d.references.map(function (r) { return [r.score, r.commitment, r.dyad + ' ' + r.year]; }) },
        { type: 'scatter', name: 'cases', symbolSize: 12, itemStyle: { color: '#6f8f3a' },
          label: { show: true, position: 'right', formatter: function (p) { return p.data[2]; } },
          data: d.cases.filter(function (c) { return c.id !== d['case']; })
            .map(function (c) { return [c.score, c.commitment, c.dyad]; }) },
        { type: 'scatter', name: 'this case', symbolSize: 18, itemStyle: { color: '#b23b3b' },
          label: { show: true, position: 'top', formatter: function (p) { return p.data[2]; }, fontWeight: 'bold' },
          data: [[a.score, a.commitment.score, d.title]] }
      ]
    });
    var t = d.trajectory;
    draw('trajectory', {
      grid: { left: 50, right: 30, top: 30, bottom: 30 },
      legend: { top: 0, data: ['overall', 'commitment'], textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'axis', formatter: function (ps) {
        var r = t[ps[0].dataIndex]; return r.year + ': ' + r.band + ', overall ' + r.score + ' (' + r.low + '\u2013' + r.high
          + '), commitment ' + r.commitment; } },
      xAxis: { type: 'category', data: t.map(function (r) { return r.year; }) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        { type: 'line', stack: 'iv', data: t.map(function (r) { return r.low; }), lineStyle: { opacity: 0 }, symbol: 'none' },
        { type: 'line', stack: 'iv', data: t.map(function (r) { return Math.round((r.high - r.low) * 10) / 10; }),
          lineStyle: { opacity: 0 }, areaStyle: { color: '#c9d7e4' }, symbol: 'none' },
        { type: 'line', name: 'overall', data: t.map(function (r) { return r.score; }), itemStyle: { color: '#1d2430' },
          label: { show: false } },
        { type: 'line', name: 'commitment', data: t.map(function (r) { return r.commitment; }), lineStyle: { type: 'dashed' },
          itemStyle: { color: '#b23b3b' } }
      ]
    });
  }

  function scenariosPage(d) {
    var f = d.forecast;
    var years = f.baseline.map(function (y) { return y.year; });
    draw('bands', {
      grid: { left: 50, right: 30, top: 30, bottom: 30 }, legend: { top: 0, textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return Math.round(v * 100) + '%'; } },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value', min: 0, max: 1 },
      series: BANDS.map(function (b) {
        return { type: 'line', name: b, stack: 'p', areaStyle: {}, symbol: 'none', itemStyle: { color: COLOURS[b] },
          data: f.baseline.map(function (y) { return y.bands[b] || 0; }) };
      })
    });
    function q(i) { return f.baseline.map(function (y) { return y.quantiles[i]; }); }
    function diff(i, j) { return f.baseline.map(function (y) { return y.quantiles[j] - y.quantiles[i]; }); }
    draw('fan', {
      // the bands are drawn stacked (as differences); the tooltip gives the percentiles themselves
      grid: { left: 50, right: 30, top: 20, bottom: 30 }, tooltip: { trigger: 'axis', formatter: function (ps) {
        var y = f.baseline[ps[0].dataIndex], qs = y.quantiles.map(function (v) { return Math.round(v); });
        return y.year + ': overall median ' + qs[2] + '; middle half ' + qs[1] + '\u2013' + qs[3] + '; 90% of runs '
          + qs[0] + '\u2013' + qs[4]; } },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        { type: 'line', stack: 'fan', data: q(0), lineStyle: { opacity: 0 }, symbol: 'none', name: '5%' },
        { type: 'line', stack: 'fan', data: diff(0, 1), lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: '#dbe5ee' }, name: '5-25%' },
        { type: 'line', stack: 'fan', data: diff(1, 3), lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: '#a9c0d5' }, name: '25-75%' },
        { type: 'line', stack: 'fan', data: diff(3, 4), lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: '#dbe5ee' }, name: '75-95%' },
        { type: 'line', name: 'median', data: q(2), itemStyle: { color: '#1d2430' }, symbol: 'none' }
      ]
    });
    var s = f.sensitivity.slice().reverse();
    var lows = s.map(function (x) { return Math.min.apply(null, Object.values(x.byState)); });
    var highs = s.map(function (x) { return Math.max.apply(null, Object.values(x.byState)); });
    draw('tornado', {
      grid: { left: 160, right: 30, top: 10, bottom: 42 },
      tooltip: { formatter: function (p) { var x = s[p.dataIndex]; return x.variable + ': ' + Object.keys(x.byState)
        .map(function (k) { return k + ' ' + Math.round(x.byState[k] * 100) + '%'; }).join(', '); } },
      // a fixed 0-100% axis: ranges of a fraction of a point (Monte Carlo noise) must not fill the chart
      xAxis: { type: 'value', min: 0, max: 1, name: 'P(alignment or alliance)', nameLocation: 'middle', nameGap: 22,
        axisLabel: { formatter: function (v) { return Math.round(v * 100) + '%'; } } },
      yAxis: { type: 'category', data: s.map(function (x) { return x.variable; }) },
      series: [
        { type: 'bar', stack: 't', data: lows, itemStyle: { color: 'transparent' }, silent: true },
        { type: 'bar', stack: 't', data: highs.map(function (h, i) { return h - lows[i]; }), itemStyle: { color: '#2f7f8f' } }
      ]
    });
    board(d);
    optionsForm();
  }

  // The indicator board: each click asks the API for the forecast under every row's answer.
  function board(d) {
    var rows = document.querySelectorAll('#indicators tr[data-indicator]');
    rows.forEach(function (row) {
      row.querySelectorAll('button[data-answer]').forEach(function (button) {
        if (button.dataset.bound) { return; }
        button.dataset.bound = '1';
        button.addEventListener('click', function () {
          row.dataset.state = button.dataset.answer;
          row.querySelectorAll('button').forEach(function (b) {
            b.classList.toggle('on', b === button);
            b.setAttribute('aria-pressed', b === button ? 'true' : 'false');
          });
          refresh(d);
        });
      });
    });
  }

  // as ScenariosPage.conditions writes it on the server
  function share(p) {
    return p > 0.999 && p < 1 ? 'over 99.9%' : p > 0 && p < 0.001 ? 'under 0.1%' : (100 * p).toFixed(1) + '%';
  }

  // as Forecast.Conditions.cell writes a share in a table: whole percentages, never 0% or 100% for one that is neither
  function cell(p) {
    return p > 0 && p < 0.005 ? '<1%' : p < 1 && p >= 0.995 ? '>99%' : Math.round(100 * p) + '%';
  }

  // as Forecast.Conditions.said writes it: the two conditions are what lifts a run above transactional
  // only when no other band's rule places a run there without them
  function conditions(y) {
    var m = y.cooperation;
    var shares = ', in ' + y.year + ': overall ' + m.overallAt + ' or more in ' + share(m.overall) + ' of runs, '
      + m.breadthAt + ' or more broad dimensions in ' + share(m.breadth) + ', both in ' + share(m.both);
    var others = Object.keys(m.otherRules || {}).map(function (band) {
      return share(m.otherRules[band]) + ' (' + band + (band === 'alliance' ? ', which asks for no breadth' : '') + ')';
    });
    if (others.length === 0) {
      return 'What lifts a run above transactional' + shares + '.';
    }
    return "Strategic-transactionalism's two conditions" + shares
      + '; placed above transactional without both, by another band\'s rule: ' + others.join(', ') + '.';
  }

  // The page's own options (scenario, horizon, asOf, runs, seed) with the board's answers.
  function forecastParams() {
    var params = new URLSearchParams(window.location.search);
    params['delete']('observe');
    Array.from(params.keys()).forEach(function (k) { if (!params.get(k)) { params['delete'](k); } });
    document.querySelectorAll('#indicators tr[data-indicator]').forEach(function (row) {
      params.append('observe', row.dataset.indicator + ':' + row.dataset.state);
    });
    return params;
  }

  // The options form carries the board's answers, and leaves out the fields left empty.
  function optionsForm() {
    var form = document.getElementById('forecast-options');
    if (!form || form.dataset.bound) { return; }
    form.dataset.bound = '1';
    form.addEventListener('submit', function () {
      form.querySelectorAll('input[type=hidden][name=observe]').forEach(function (i) { i.remove(); });
      document.querySelectorAll('#indicators tr[data-indicator]').forEach(function (row) {
        var i = document.createElement('input');
        i.type = 'hidden'; i.name = 'observe'; i.value = row.dataset.indicator + ':' + row.dataset.state;
        form.appendChild(i);
      });
      form.querySelectorAll('input, select').forEach(function (i) { if (!i.value) { i.disabled = true; } });
    });
  }

  function refresh(d) {
    var params = forecastParams();
    var status = document.getElementById('forecast-status');
    status.textContent = 'updating\u2026';
    fetch('/api/cases/' + encodeURIComponent(d['case']) + '/scenarios?' + params.toString(), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (r) {
        if (!r.ok) { status.textContent = r.body.error || 'the forecast failed'; return; }
        d.forecast = r.body;
        scenariosPage(d);
        var horizon = r.body.baseline[r.body.baseline.length - 1];
        status.textContent = 'updated: at ' + horizon.year + ', P(strategic-alignment or alliance) = '
          + Math.round(100 * ((horizon.bands['strategic-alignment'] || 0) + (horizon.bands['alliance'] || 0))) + '%';
        rowsOfScenarios(r.body.scenarios);
        document.getElementById('forecast-conditions').textContent = conditions(horizon);
      })
      .catch(function () { status.textContent = 'the forecast could not be fetched'; });
  }

  function rowsOfScenarios(list) {
    var body = document.getElementById('scenario-rows');
    if (!body) { return; }
    body.textContent = '';
    list.forEach(function (s) {
      var tr = document.createElement('tr');
      [s.title, cell(s.prior), cell(s.posterior), s.bayesFactor.toFixed(2)]
        .forEach(function (v, i) { var td = document.createElement('td'); td.textContent = v; if (i) { td.className = 'num'; } tr.appendChild(td); });
      body.appendChild(tr);
    });
  }

  // Every period from the first to the last (2019, 2019-Q4 or 2019-10), so that a stretch with
  // nothing in it shows as a gap on the axis instead of closing up.
  function everyPeriod(periods) {
    if (periods.length === 0) { return []; }
    var first = periods[0], last = periods[periods.length - 1];
    var step = /-Q/.test(first) ? 4 : first.length > 4 ? 12 : 1;
    function index(p) {
      var y = parseInt(p.slice(0, 4), 10);
      return step === 1 ? y : y * step + parseInt(p.slice(step === 4 ? 6 : 5), 10) - 1;
    }
    function label(i) {
      if (step === 1) { return String(i); }
      var y = Math.floor(i / step), k = i % step + 1;
      return y + (step === 4 ? '-Q' + k : '-' + (k < 10 ? '0' : '') + k);
    }
    var out = [];
    for (var i = index(first); i <= index(last); i++) { out.push(label(i)); }
    return out;
  }

  function timelinePage(d) {
    var byYear = {};
    d.events.forEach(function (e) {
      var y = String(e.date).slice(0, 4);
      byYear[y] = byYear[y] || {};
      byYear[y][e.direction] = (byYear[y][e.direction] || 0) + 1;
    });
    var years = everyPeriod(Object.keys(byYear).sort());
    var dirs = { 'toward-alignment': '#2c6e2f', 'marks-limit': '#9b2f2f', 'mixed': '#c98a2b', 'context': '#9aa3ad' };
    draw('timeline', {
      grid: { left: 40, right: 20, top: 30, bottom: 30 }, legend: { top: 0 }, tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value', minInterval: 1 },
      series: Object.keys(dirs).map(function (k) {
        return { type: 'bar', stack: 'e', name: k, itemStyle: { color: dirs[k] },
          data: years.map(function (y) { return (byYear[y] || {})[k] || 0; }) };
      })
    });
  }

  function evidencePage(d) {
    var items = d.items.slice(0, 30).reverse();
    draw('evidence', {
      grid: { left: 230, right: 30, top: 10, bottom: 30 }, tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value' }, yAxis: { type: 'category', data: items.map(function (e) { return e.id; }) },
      series: [{ type: 'bar', data: items.map(function (e) {
        return { value: e.overall, itemStyle: { color: e.overall >= 0 ? '#2c6e2f' : '#9b2f2f' } }; }) }]
    });
  }

  function dyadPage(d) {
    var years = d.years.map(function (y) { return y.year; });
    function pick(f) { return d.years.map(function (y) { var v = f(y); return v === undefined || v === null ? null : v; }); }
    var issues = {};
    d.years.forEach(function (y) { if (y.votes) { Object.keys(y.votes.byIssue || {}).forEach(function (k) { issues[k] = true; }); } });
    var series = [{ type: 'line', name: 'all', data: pick(function (y) { return y.votes && y.votes.all.kappa; }),
      lineStyle: { width: 3 }, connectNulls: false }];
    Object.keys(issues).forEach(function (k) {
      series.push({ type: 'line', name: k.toLowerCase(), symbol: 'none', lineStyle: { width: 1 },
        data: pick(function (y) { return y.votes && y.votes.byIssue[k] && y.votes.byIssue[k].kappa; }) });
    });
    draw('votes', { grid: { left: 50, right: 20, top: 40, bottom: 30 }, legend: { top: 0, textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: years }, yAxis: { type: 'value', min: -1, max: 1 }, series: series });
    draw('arms', { grid: { left: 50, right: 20, top: 30, bottom: 30 }, legend: { top: 0 }, tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value', name: 'TIV' },
      series: [{ type: 'bar', name: d.a.iso3 + ' \u2192 ' + d.b.iso3, data: pick(function (y) { return y.arms && y.arms.aToB; }) },
        { type: 'bar', name: d.b.iso3 + ' \u2192 ' + d.a.iso3, data: pick(function (y) { return y.arms && y.arms.bToA; }) }] });
    draw('trade', { grid: { left: 50, right: 20, top: 30, bottom: 30 }, legend: { top: 0 }, tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: years }, yAxis: { type: 'value' },
      series: [{ type: 'line', name: 'share of ' + d.a.iso3 + ' trade', data: pick(function (y) { return y.trade && y.trade.dependenceA; }) },
        { type: 'line', name: 'share of ' + d.b.iso3 + ' trade', data: pick(function (y) { return y.trade && y.trade.dependenceB; }) }] });
  }

  // Treaties: one bar per treaty, stacked by subject, in the subjects' colours.
  function treatiesPage(d) {
    var subjects = Object.keys(d.colours).filter(function (k) {
      return d.treaties.some(function (t) { return t.subjects[k]; });
    });
    draw('treaty-subjects', {
      grid: { left: 110, right: 20, top: 60, bottom: 30 }, legend: { top: 0, textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1, name: 'articles' },
      yAxis: { type: 'category', data: d.treaties.map(function (t) { return t.id; }), inverse: true },
      series: subjects.map(function (k) {
        return { type: 'bar', stack: 's', name: k, itemStyle: { color: d.colours[k] },
          data: d.treaties.map(function (t) { return t.subjects[k] || 0; }) };
      })
    });
  }

  // Two treaties side by side: articles per subject, one bar for each treaty.
  function treatyComparePage(d) {
    var rows = d.subjects;
    draw('treaty-compare', {
      grid: { left: 170, right: 20, top: 30, bottom: 30 }, legend: { top: 0 },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', minInterval: 1, name: 'articles' },
      yAxis: { type: 'category', data: rows.map(function (r) { return r.subject; }), inverse: true },
      series: [
        { type: 'bar', name: d.a.ref, itemStyle: { color: '#1f4e79' }, data: rows.map(function (r) { return r.a.length; }) },
        { type: 'bar', name: d.b.ref, itemStyle: { color: '#c98a2b' }, data: rows.map(function (r) { return r.b.length; }) }
      ]
    });
  }

  // Calibration: the diagonal is perfect calibration; each bin a dot sized by its count.
  function ledgerPage(d) {
    draw('calibration', {
      grid: { left: 60, right: 30, top: 20, bottom: 50 },
      tooltip: { formatter: function (p) {
        if (!p.data || p.data.length < 3) { return ''; }
        return 'forecast ' + Math.round(p.data[0] * 100) + '%, happened ' + Math.round(p.data[1] * 100) + '% (' + p.data[2] + ')'; } },
      xAxis: { type: 'value', min: 0, max: 1, name: 'forecast probability', nameLocation: 'middle', nameGap: 28 },
      yAxis: { type: 'value', min: 0, max: 1, name: 'observed frequency' },
      series: [
        { type: 'line', name: 'perfect', data: [[0, 0], [1, 1]], symbol: 'none', lineStyle: { type: 'dashed', color: '#9aa3ad' } },
        { type: 'line', name: 'ledger', itemStyle: { color: '#1f4e79' },
          symbolSize: function (v) { return 8 + 4 * Math.sqrt(v[2]); },
          data: d.calibration.map(function (b) { return [b.forecast, b.observed, b.n]; }) }
      ]
    });
  }

  // Events: quad-class counts per period (summed over sources), the Goldstein mean per source.
  function eventsPage(d) {
    var periods = [];
    d.series.forEach(function (r) { if (periods.indexOf(r.period) < 0) { periods.push(r.period); } });
    periods = everyPeriod(periods.sort());
    var names = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
    var colours = ['#7fb07f', '#2c6e2f', '#d99a9a', '#9b2f2f'];
    var series = names.map(function (n, i) {
      return { type: 'bar', stack: 'q', name: n, itemStyle: { color: colours[i] }, data: periods.map(function (p) {
        return d.series.filter(function (r) { return r.period === p; })
          .reduce(function (s, r) { return s + r.quadClasses[i]; }, 0); }) };
    });
    var sources = [];
    d.series.forEach(function (r) { if (sources.indexOf(r.source) < 0) { sources.push(r.source); } });
    // the mean the page was asked for: per event, or weighted by mentions (none for ICEWS, which has no mentions)
    var byMentions = d.weight === 'mentions';
    sources.forEach(function (src) {
      // an isolated month between empty ones is a point only: every symbol is drawn so that none is dropped
      series.push({ type: 'line', name: 'Goldstein mean' + (byMentions ? ' by mentions' : '') + ' (' + src + ')',
        yAxisIndex: 1, connectNulls: false, showAllSymbol: true,
        data: periods.map(function (p) {
          var r = d.series.filter(function (x) { return x.period === p && x.source === src; })[0];
          var g = r ? (byMentions ? r.goldsteinMentionsMean : r.goldsteinMean) : null;
          return g === null || g === undefined ? null : Math.round(g * 100) / 100; }) });
    });
    draw('events', {
      grid: { left: 50, right: 50, top: 40, bottom: 30 }, legend: { top: 0, textStyle: { fontSize: 10 } },
      tooltip: { trigger: 'axis' }, xAxis: { type: 'category', data: periods },
      yAxis: [{ type: 'value', name: 'events', minInterval: 1 }, { type: 'value', name: 'Goldstein', min: -10, max: 10 }],
      series: series
    });
    if (d.by === 'month') {
      charts.events.on('click', function (p) {
        var url = new URL(window.location.href);
        // the month's events, in the same view (direction and weight) as the chart
        url.search = '?month=' + encodeURIComponent(p.name)
          + (d.direction && d.direction !== 'both' ? '&direction=' + encodeURIComponent(d.direction) : '')
          + (d.weight && d.weight !== 'events' ? '&weight=' + encodeURIComponent(d.weight) : '');
        url.hash = 'drill';
        window.location.href = url.toString();
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var node = document.getElementById('page-data');
    if (!node || typeof echarts === 'undefined') { return; }
    var d = JSON.parse(node.textContent);
    var pages = { cases: casesPage, overview: overviewPage, scenarios: scenariosPage, timeline: timelinePage,
      evidence: evidencePage, dyad: dyadPage, treaties: treatiesPage, 'treaty-compare': treatyComparePage,
      ledger: ledgerPage, events: eventsPage };
    if (pages[d.page]) { pages[d.page](d); }
    window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
  });
}());
