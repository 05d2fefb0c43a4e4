"use strict";
// The live view: the snapshot of each hello, then every pushed event; today's totals asked for (op `stats`)
// after each change of a ticket, at most every two seconds. Nothing is polled.
HQ.live = (function () {
  const RECENT = 10;
  const state = { zones: [], counters: [], calls: [], stats: null, seq: 0, pausedSince: {} };
  let hourChart = null;
  let statsDue = null;
  let statsRunning = false;

  function hello(reply) {
    const snap = reply.snapshot || {};
    const at = HQ.now();
    state.zones = (snap.zones || []).map(z => Object.assign({ at: at }, z));
    state.counters = (snap.counters || []).map(c => Object.assign({}, c));
    state.calls = (snap.recentCalls || []).slice(0, RECENT);
    state.seq = reply.seq || 0;
    render();
    refreshStats(0);
  }

  function event(e) {
    if ((e.seq || 0) <= state.seq) return;
    state.seq = e.seq;
    const at = e.at ? Date.parse(e.at) : HQ.now();
    if (e.event === "queue") {
      const z = state.zones.find(x => x.id === e.zone);
      const next = { id: e.zone, waiting: e.waiting, greenWaiting: e.greenWaiting, longestWaitSec: e.longestWaitSec, at: at };
      if (z) Object.assign(z, next); else state.zones.push(next);
      renderZones();
    } else if (e.event === "counter") {
      const i = state.counters.findIndex(x => x.id === e.counter.id);
      if (i >= 0) state.counters[i] = e.counter; else state.counters.push(e.counter);
      if (e.counter.state === "paused") { if (!state.pausedSince[e.counter.id]) state.pausedSince[e.counter.id] = at; }
      else delete state.pausedSince[e.counter.id];
      renderCounters();
    } else if (e.event === "called") {
      state.calls = [e].concat(state.calls).slice(0, RECENT);
      renderCalls();
      refreshStats(2000);
    } else if (e.event === "ticket") {
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
        const r = await HQ.link.request("stats", { from: day, to: day });
        if (r.ok) { state.stats = r; renderTotals(); }
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
    if (c.state === "serving" && t) from = Date.parse(t.startedAt || t.calledAt);
    else if (c.state === "called" && t) from = Date.parse(t.calledAt);
    else if (c.state === "paused") from = state.pausedSince[c.id] || null;
    return from == null ? null : (HQ.now() - from) / 1000;
  }

  function renderCounters() {
    const rows = state.counters.map(c => {
      const tr = HQ.row([HQ.counterName(c.id, c.name), null, c.clerk ? c.clerk.name : null,
        c.ticket ? c.ticket.number : null, HQ.figure(HQ.minSec(elapsed(c)), "u_minsec"),
        HQ.count(c.servedToday)], "counter-" + c.id);
      const st = tr.children[1];
      st.replaceChildren(HQ.el("span", "state " + c.state, HQ.t("st_" + c.state)));
      if (c.state === "paused" && c.pauseReason) st.appendChild(HQ.el("span", "reason", c.pauseReason));
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
      const li = HQ.el("li");
      li.appendChild(HQ.el("span", "when", HQ.hhmm(e.at)));
      li.appendChild(HQ.el("span", "num" + (e.ticket.green ? " green" : ""), e.ticket.number));
      li.appendChild(HQ.el("span", "win", HQ.counterName(e.counter.id, e.counter.name)));
      if (e.recall) li.appendChild(HQ.el("span", "tag", HQ.t("recall")));
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

  return { hello: hello, event: event, render: render, state: state };
})();
