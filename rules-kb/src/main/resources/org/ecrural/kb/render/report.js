(function () {
  'use strict';
  var errors = [];
  function record(text) {
    errors.push(String(text));
    var box = document.getElementById('js-errors');
    if (box) { box.hidden = false; box.textContent = errors.join('\n'); }
  }
  window.onerror = function (message, source, line, column) {
    record(message + ' (line ' + line + ':' + column + ')');
  };
  window.addEventListener('unhandledrejection', function (e) { record('unhandled rejection: ' + e.reason); });
  function all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }
  var findings = all('details.finding');
  var rows = all('tr.subject');
  var zh = document.getElementById('filter-status').getAttribute('data-zh') === '1';

  function applyFilters() {
    var severities = {};
    all('input.f-sev').forEach(function (box) { if (box.checked) { severities[box.value] = true; } });
    var section = document.getElementById('f-section').value;
    var blockingOnly = document.getElementById('f-blocking').checked;
    var hideClean = document.getElementById('f-clean').checked;
    var text = document.getElementById('f-text').value.trim().toLowerCase();
    var narrowing = all('input.f-sev').some(function (b) { return !b.checked; }) || section || blockingOnly || text;
    var shown = 0;
    findings.forEach(function (f) {
      var row = f.closest('tr');
      var ok = severities[f.getAttribute('data-severity')] === true
        && (!section || f.getAttribute('data-section') === section)
        && (!blockingOnly || f.getAttribute('data-blocking') === 'true')
        && (!text || f.textContent.toLowerCase().indexOf(text) >= 0
            || (row && row.cells[0].textContent.toLowerCase().indexOf(text) >= 0)
            || (row && row.cells[1].textContent.toLowerCase().indexOf(text) >= 0));
      f.hidden = !ok;
      if (ok) { shown++; }
    });
    rows.forEach(function (row) {
      var mine = all('details.finding', row);
      var visible = mine.some(function (f) { return !f.hidden; });
      row.hidden = narrowing ? !visible : (hideClean && mine.length === 0);
    });
    all('.type-block').forEach(function (block) {
      block.hidden = !all('tr.subject', block).some(function (r) { return !r.hidden; });
    });
    document.getElementById('filter-status').textContent = zh
      ? '显示 ' + shown + ' / ' + findings.length + ' 项发现'
      : 'showing ' + shown + ' of ' + findings.length + ' findings';
  }

  function selfCheck() {
    var bySeverity = {};
    var pairs = [];
    findings.forEach(function (f) {
      var s = f.getAttribute('data-severity');
      bySeverity[s] = (bySeverity[s] || 0) + 1;
      pairs.push(f.getAttribute('data-rule') + '|' + f.getAttribute('data-subject-type') + '|'
        + f.getAttribute('data-subject-id') + '|' + f.getAttribute('data-blocking'));
    });
    var verdicts = {};
    rows.forEach(function (r) {
      var o = r.getAttribute('data-outcome');
      if (o) { verdicts[r.getAttribute('data-type') + ' ' + r.getAttribute('data-id')] = o; }
    });
    var matches = true;
    all('[data-severity-count]').forEach(function (cell) {
      if (Number(cell.textContent) !== (bySeverity[cell.getAttribute('data-severity-count')] || 0)) { matches = false; }
    });
    var outcomeCounts = {};
    Object.keys(verdicts).forEach(function (k) { outcomeCounts[verdicts[k]] = (outcomeCounts[verdicts[k]] || 0) + 1; });
    all('[data-verdict-count]').forEach(function (cell) {
      if (Number(cell.textContent) !== (outcomeCounts[cell.getAttribute('data-verdict-count')] || 0)) { matches = false; }
    });
    var bySection = {};
    findings.forEach(function (f) {
      var s = f.getAttribute('data-section');
      bySection[s] = (bySection[s] || 0) + 1;
    });
    all('[data-section-count]').forEach(function (cell) {
      if (Number(cell.textContent) !== (bySection[cell.getAttribute('data-section-count')] || 0)) { matches = false; }
    });
    document.getElementById('render-check').textContent = JSON.stringify({
      ok: errors.length === 0, errors: errors, findings: findings.length, bySeverity: bySeverity,
      verdicts: verdicts, pairs: pairs, summaryMatches: matches,
      clauses: all('article.clause').length, withClauseText: findings.filter(function (f) {
        return f.querySelector('blockquote.clause-text') !== null; }).length
    });
  }

  try {
    all('#filters input, #filters select').forEach(function (el) {
      el.addEventListener('input', applyFilters);
      el.addEventListener('change', applyFilters);
    });
    document.getElementById('open-all').addEventListener('click', function () {
      findings.forEach(function (f) { if (!f.hidden) { f.open = true; } });
    });
    document.getElementById('close-all').addEventListener('click', function () {
      findings.forEach(function (f) { f.open = false; });
    });
    function openTarget() {
      var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (target && target.tagName === 'DETAILS') {
        target.hidden = false;
        target.open = true;
        target.scrollIntoView();
      }
    }
    window.addEventListener('hashchange', openTarget);
    applyFilters();
    openTarget();
  } catch (e) {
    record(e && e.stack ? e.stack : e);
  }
  selfCheck();
})();
