"use strict";
// The live view: the snapshot of each hello, then every pushed event; today's totals asked for (op `stats`)
// after each change of a ticket, at most every two seconds. Nothing is polled. What it gets is decoded by
// protocol.js: a Welcome, events {kind, seq, at, data}, the stats op's StatsReport.
HQ.live = (function () {
  const P = window.HallqProtocol;
  const S = P.CounterState;
  const RECENT = 10;
  const state = { zones: [], counters: [], calls: [], stats: null, seq: 0, pausedSince: {} };
  let hourChart = null;
  let statsDue = null;
  let statsRunning = false;

  function hello(welcome) {
    const snap = welcome.snapshot;
    const at = HQ.now();
    state.zones = (snap.zones || []).map(z => Object.assign({ at: at }, z));
    state.counters = (snap.counters || []).slice();
    state.calls = (snap.recentCalls || []).filter(e => e.kind === P.EventKind.CALLED).slice(0, RECENT);
    state.seq = welcome.seq;
    render();
    refreshStats(0);
  }

  /** A decoded event (HallqProtocol.readEvent). */
  function event(e) {
    if (e.seq <= state.seq) return;
    state.seq = e.seq;
    const at = Date.parse(e.at);
    const d = e.data;
    if (e.kind === P.EventKind.QUEUE) {
      const z = state.zones.find(x => x.id === d.zone);
      const next = { id: d.zone, waiting: d.waiting, greenWaiting: d.greenWaiting, longestWaitSec: d.longestWaitSec, at: at };
      if (z) Object.assign(z, next); else state.zones.push(next);
      renderZones();
    } else if (e.kind === P.EventKind.COUNTER) {
      const c = d.counter;
      const i = state.counters.findIndex(x => x.id === c.id);
      if (i >= 0) state.counters[i] = c; else state.counters.push(c);
      if (c.state === S.PAUSED) { if (!state.pausedSince[c.id]) state.pausedSince[c.id] = at; }
      else delete state.pausedSince[c.id];
      renderCounters();
    } else if (e.kind === P.EventKind.CALLED) {
      state.calls = [e].concat(state.calls).slice(0, RECENT);
      renderCalls();
      refreshStats(2000);
    } else if (e.kind === P.EventKind.TICKET) {
      refreshStats(2000);
    }
  }

  /** Today's totals again, `delay` ms from now unless already due sooner. */
  function refreshStats(delay) {
    if (statsDue != null) return;
    statsDue = setTimeout(async () => {
      statsDue = null;
      if (statsRunning) { refreshStats(500); return; }
      statsRunning = true;
      try {
        const day = HQ.today();
        const r = await HQ.link.request(P.Op.STATS, { from: day, to: day });
        if (r.ok) { state.stats = r.value; renderTotals(); }
      } finally {
        statsRunning = false;
      }
    }, delay);
  }

  function render() {
    renderTotals();
    renderZones();
    renderCounters();
    renderCalls();
  }

  function tile(id, key, node) {
    const t = HQ.$(id);
    t.replaceChildren(HQ.el("div", "label", HQ.t(key)), node);
  }

  function renderTotals() {
    const s = state.stats;
    const tt = (s && s.totals) || {};
    tile("live-issued", "issued", HQ.count(tt.issued));
    tile("live-served", "served", HQ.count(tt.served));
    tile("live-noshow", "noShow", HQ.count(tt.noShow));
    tile("live-waiting", "waitingNow", HQ.count(state.zones.reduce((a, z) => a + (z.waiting || 0), 0), "u_people"));
    tile("live-avgwait", "avgWait", HQ.minCell(tt.avgWaitSec));
    tile("live-p90wait", "p90Wait", HQ.minCell(tt.p90WaitSec));
    tile("live-satisfaction", "satisfaction", HQ.pctCell(s && s.ratings ? s.ratings.satisfaction : null));
    if (HQ.liveBookings) HQ.liveBookings.render(s); // phone2: the day's bookings per zone and slot
    if (!hourChart) hourChart = HQ.chart(HQ.$("live-hours"));
    const hours = (s && s.hours) || [];
    HQ.flowChart(hourChart, hours.map(h => h.hour + ":00"), hours.map(h => h.issued), hours.map(h => h.served),
      hours.map(h => h.avgWaitSec));
  }

  function longestNow(z) {
    if (!z.waiting || z.longestWaitSec == null) return null;
    return z.longestWaitSec + Math.max(0, (HQ.now() - z.at) / 1000);
  }

  function renderZones() {
    const policy = (HQ.hall && HQ.hall.policy) || {};
    const amber = (policy.waitAmberMin || 15) * 60;
    const red = (policy.waitRedMin || 30) * 60;
    const rows = state.zones.map(z => {
      const longest = longestNow(z);
      const tr = HQ.row([HQ.zoneName(z.id), HQ.count(z.waiting, "u_people"), HQ.count(z.greenWaiting, "u_people"),
        HQ.minCell(longest)], "zone-" + z.id);
      tr.classList.add("waitcell");
      if (longest != null && longest >= red) tr.classList.add("red");
      else if (longest != null && longest >= amber) tr.classList.add("amber");
      return tr;
    });
    HQ.table(HQ.$("live-zones"), ["zone", { key: "waiting", num: true }, { key: "green", num: true },
      { key: "longest", num: true }], rows);
    HQ.$("live-zones").classList.toggle("dense", rows.length > 6);
    tile("live-waiting", "waitingNow", HQ.count(state.zones.reduce((a, z) => a + (z.waiting || 0), 0), "u_people"));
  }

  function elapsed(c) {
    const t = c.ticket;
    let from = null;
    if (c.state === S.SERVING && t) from = Date.parse(t.startedAt || t.calledAt);
    else if (c.state === S.CALLED && t) from = Date.parse(t.calledAt);
    else if (c.state === S.PAUSED) from = state.pausedSince[c.id] || null;
    return from == null ? null : (HQ.now() - from) / 1000;
  }

  function renderCounters() {
    const rows = state.counters.map(c => {
      const tr = HQ.row([HQ.counterName(c.id, c.name), null, c.clerk ? c.clerk.name : null,
        c.ticket ? c.ticket.number : null, HQ.figure(HQ.minSec(elapsed(c)), "u_minsec"),
        HQ.count(c.servedToday)], "counter-" + c.id);
      const st = tr.children[1];
      st.replaceChildren(HQ.el("span", "state " + c.state, HQ.t("st_" + c.state)));
      if (c.state === S.PAUSED && c.pauseReason) st.appendChild(HQ.el("span", "reason", c.pauseReason));
      tr.children[3].className = "ticket";
      tr.children[4].classList.add("elapsed");
      return tr;
    });
    HQ.table(HQ.$("live-counters"), ["window", "state", "clerk", "ticket", { key: "elapsed", num: true },
      { key: "servedToday", num: true }], rows);
    HQ.$("live-counters").classList.toggle("dense", rows.length > 12); // a big hall still fits on one screen
  }

  function renderCalls() {
    const list = HQ.$("recent-list");
    list.replaceChildren();
    state.calls.forEach(e => {
      const d = e.data;
      const li = HQ.el("li");
      li.appendChild(HQ.el("span", "when", HQ.hhmm(e.at)));
      li.appendChild(HQ.el("span", "num" + (d.ticket.green ? " green" : ""), d.ticket.number));
      li.appendChild(HQ.el("span", "win", HQ.counterName(d.counter.id, d.counter.name)));
      if (d.recall) li.appendChild(HQ.el("span", "tag", HQ.t("recall")));
      list.appendChild(li);
    });
  }

  /** Once a second: the timers of windows and the longest waits move on without a message. */
  function tick() {
    document.querySelectorAll("#live-counters tbody tr").forEach((tr, i) => {
      const c = state.counters[i];
      if (c) tr.querySelector(".elapsed").replaceChildren(HQ.figure(HQ.minSec(elapsed(c)), "u_minsec"));
    });
    if (state.zones.some(z => z.waiting > 0)) renderZones();
  }
  setInterval(tick, 1000);

  return { hello: hello, event: event, render: render, state: state, refreshStats: refreshStats };
})();
