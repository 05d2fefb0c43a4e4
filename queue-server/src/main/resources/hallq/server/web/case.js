// The citizen's case page (cases, issue 18): /c/{id}?k={key}, as the receipt's QR prints it. Its state and due date,
// live: read once, then every change from /c/{id}/events (Server-Sent Events, cases2), which the browser reopens by
// itself after a drop; a wrong or missing key shows only that the page is not available.
(function () {
  'use strict';
  var WORDS = {
    zh: { title: '办件进度', lang: 'English', id: '办件编号', due: '承诺办结日期', none: '该页面不可用',
      states: { accepted: '审批中', incomplete: '请补正材料', ready: '已办结，请到综合出件窗口领取', returned: '已退件',
        collected: '已领取', mailed: '已寄出', closed: '已结束' },
      reason: '退件原因', tracking: 'EMS 单号', missing: '需补正材料',
      hint: { accepted: '办结后我们会通知您。', ready: '请携带身份证和收件通知单，到大厅取号机扫码取号。',
        returned: '请到综合出件窗口领回材料。', incomplete: '材料备齐后，请到取号机扫码取号。' } },
    en: { title: 'Your case', lang: '中文', id: 'Case number', due: 'Promised by', none: 'This page is not available',
      states: { accepted: 'In review', incomplete: 'Materials missing', ready: 'Ready: collect it at the pick-up window',
        returned: 'Returned', collected: 'Collected', mailed: 'Mailed', closed: 'Closed' },
      reason: 'Reason', tracking: 'EMS number', missing: 'Missing materials',
      hint: { accepted: 'We will tell you when it is ready.', ready: 'Bring your ID card and the receipt; scan it at the kiosk.',
        returned: 'Collect your materials at the pick-up window.', incomplete: 'When you have them, scan the receipt at the kiosk.' } }
  };
  var lang = localStorage.getItem('hallq.lang') === 'en' ? 'en' : 'zh';
  var m = /^\/c\/([0-9]{8}-[A-Z0-9]{1,16})$/.exec(location.pathname);
  var key = new URLSearchParams(location.search).get('k');
  var last = null;
  function $(id) { return document.getElementById(id); }

  function render() {
    var t = WORDS[lang];
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.title;
    $('title').textContent = t.title; $('lang').textContent = t.lang;
    $('l-id').textContent = t.id; $('l-due').textContent = t.due;
    if (!last) { $('state').textContent = t.none; $('state').className = 'state'; return; }
    $('state').textContent = t.states[last.state] || last.state;
    $('state').className = 'state ' + last.state;
    $('v-id').textContent = last.id;
    $('v-due').textContent = last.dueDate || '—';
    var extra = last.reason ? [t.reason, last.reason] : last.tracking ? [t.tracking, last.tracking]
      : last.missing && last.missing.length ? [t.missing, last.missing.join('、')] : ['', ''];
    $('l-extra').textContent = extra[0]; $('v-extra').textContent = extra[1];
    $('hint').textContent = t.hint[last.state] || '';
  }

  function load() {
    if (!m || !key) { render(); return; }
    fetch('/api/cases/' + m[1] + '?k=' + encodeURIComponent(key)).then(function (r) {
      return r.ok ? r.json() : null;
    }).then(function (j) { last = j ? j['case'] : null; render(); }).catch(function () { render(); });
  }

  $('lang').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh'; localStorage.setItem('hallq.lang', lang); render();
  });
  function live() {
    if (!m || !key || !window.EventSource) return;
    var es = new EventSource('/c/' + m[1] + '/events?k=' + encodeURIComponent(key));
    es.addEventListener('case', function (e) {
      try { last = JSON.parse(e.data); render(); } catch (x) { /* a frame we cannot read: keep the last */ }
    });
    es.addEventListener('end', function () { es.close(); }); // collected, mailed or closed: nothing more comes
    es.onerror = function () { if (es.readyState === 2) { setTimeout(live, 30000); } };
  }

  load();
  live();
}());
