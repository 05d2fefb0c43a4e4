// The back office's page (cases, issue 18): its cases by due date, 即将到期 / 已超期 marked, and the three changes.
// The device token is kept in the tab's sessionStorage only, as the display keeps its own.
(function () {
  'use strict';
  var WORDS = {
    zh: { title: '办件后台', lang: 'English', token: '设备令牌', go: '进入', open: '待办', overdue: '已超期', all: '全部',
      id: '办件编号', zone: '区域', clerk: '首办人', due: '承诺日期', state: '状态', act: '操作', soon: '即将到期',
      ready: '办结待取', returned: '退件', mailed: '已寄出', reason: '退件原因：', tracking: 'EMS 单号：', none: '没有办件',
      states: { accepted: '审批中', incomplete: '待补正', ready: '办结待取', returned: '已退件', collected: '已取件',
        mailed: '已寄出', closed: '已结束' } },
    en: { title: 'Back office: cases', lang: '中文', token: 'Device token', go: 'Enter', open: 'To do', overdue: 'Overdue',
      all: 'All', id: 'Case', zone: 'Zone', clerk: 'Clerk', due: 'Due', state: 'State', act: 'Actions', soon: 'Due soon',
      ready: 'Ready', returned: 'Return', mailed: 'Mailed', reason: 'Reason for return:', tracking: 'EMS number:',
      none: 'No cases', states: { accepted: 'In review', incomplete: 'Awaiting materials', ready: 'Ready for pick-up',
        returned: 'Returned', collected: 'Collected', mailed: 'Mailed', closed: 'Closed' } }
  };
  var lang = sessionStorage.getItem('hallq.lang') === 'en' ? 'en' : 'zh';
  var token = sessionStorage.getItem('hallq.backoffice');
  var last = [];

  function w() { return WORDS[lang]; }
  function $(id) { return document.getElementById(id); }

  function label() {
    var t = w();
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    $('title').textContent = t.title; $('lang').textContent = t.lang; $('token-label').textContent = t.token;
    $('go').textContent = t.go; $('f-open').textContent = t.open; $('f-overdue').textContent = t.overdue;
    $('f-all').textContent = t.all; $('h-id').textContent = t.id; $('h-zone').textContent = t.zone;
    $('h-clerk').textContent = t.clerk; $('h-due').textContent = t.due; $('h-state').textContent = t.state;
    $('h-act').textContent = t.act;
  }

  function call(method, path, body) {
    return fetch(path, { method: method, headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) { throw new Error(j.error ? j.error.message : r.status); }
        return j;
      });
    });
  }

  function view() {
    var v = document.querySelector('input[name=view]:checked').value;
    return v === 'overdue' ? '/api/cases?due=overdue' : v === 'open' ? '/api/cases?state=accepted' : '/api/cases';
  }

  function load() {
    call('GET', view()).then(function (j) { last = j.cases; $('message').textContent = ''; render(); })
      .catch(function (e) { $('message').textContent = e.message; });
  }

  function button(text, action) {
    var b = document.createElement('button');
    b.type = 'button'; b.textContent = text;
    b.addEventListener('click', action);
    return b;
  }

  function change(c, what) {
    var body = {};
    if (what === 'returned') {
      var reason = window.prompt(w().reason, '');
      if (reason === null) { return; }
      body.reason = reason;
    } else if (what === 'mailed') {
      var n = window.prompt(w().tracking, '');
      if (n === null) { return; }
      body.tracking = n;
    }
    call('POST', '/api/cases/' + encodeURIComponent(c.id) + '/' + what, body).then(load)
      .catch(function (e) { $('message').textContent = e.message; });
  }

  function render() {
    var t = w();
    var tbody = document.querySelector('#cases tbody');
    tbody.textContent = '';
    if (last.length === 0) {
      var tr0 = tbody.insertRow(); var td0 = tr0.insertCell(); td0.colSpan = 6; td0.textContent = t.none;
      return;
    }
    last.forEach(function (c) {
      var tr = tbody.insertRow();
      if (c.due === 'overdue') { tr.className = 'overdue-row'; }
      tr.insertCell().textContent = c.id;
      tr.insertCell().textContent = c.zone;
      tr.insertCell().textContent = c.clerk || '';
      var due = tr.insertCell();
      due.textContent = c.dueDate || '—';
      if (c.due) {
        var b = document.createElement('span');
        b.className = 'badge ' + c.due; b.textContent = c.due === 'soon' ? t.soon : t.overdue;
        due.appendChild(b);
      }
      tr.insertCell().textContent = t.states[c.state] || c.state;
      var act = tr.insertCell();
      if (c.state === 'accepted') {
        act.appendChild(button(t.ready, function () { change(c, 'ready'); }));
        act.appendChild(button(t.returned, function () { change(c, 'returned'); }));
      } else if (c.state === 'ready' || c.state === 'returned') {
        act.appendChild(button(t.mailed, function () { change(c, 'mailed'); }));
      }
    });
  }

  $('lang').addEventListener('click', function () {
    lang = lang === 'zh' ? 'en' : 'zh'; sessionStorage.setItem('hallq.lang', lang); label(); render();
  });
  $('login').addEventListener('submit', function (e) {
    e.preventDefault(); token = $('token').value.trim(); sessionStorage.setItem('hallq.backoffice', token); start();
  });
  Array.prototype.forEach.call(document.querySelectorAll('input[name=view]'), function (r) {
    r.addEventListener('change', load);
  });

  function start() { $('login').hidden = true; $('main').hidden = false; load(); }

  // a token in the address's fragment (#token=...) is taken and removed at once, as on the display
  var m = /token=([^&]+)/.exec(location.hash);
  if (m) { token = decodeURIComponent(m[1]); sessionStorage.setItem('hallq.backoffice', token); history.replaceState(null, '', location.pathname); }
  label();
  if (token) { start(); } else { $('login').hidden = false; }
}());
