"use strict";
// The history view: any period's /api/stats as figures, charts and tables; the CSV of the period.
HQ.history = (function () {
  const P = window.HallqProtocol;
  const OUTCOMES = Object.values(P.schema.enums.Outcome); // in the order of protocol's Outcome
  let charts = null;
  let result = null;

  /** Tables shared with the monthly report: zones, windows, clerks of a stats result. */
  const tables = {
    zones: (table, s, prefix) => HQ.table(table, ["zone", { key: "issued", num: true }, { key: "served", num: true },
      { key: "noShow", num: true }, { key: "transferred", num: true }, { key: "avgWait", num: true },
      { key: "p90Wait", num: true }, { key: "maxWait", num: true }],
    s.zones.map(z => HQ.row([HQ.zoneName(z.id), HQ.count(z.issued), HQ.count(z.served), HQ.count(z.noShow),
      HQ.count(z.transferred), HQ.minCell(z.avgWaitSec), HQ.minCell(z.p90WaitSec), HQ.minCell(z.maxWaitSec)],
    (prefix || "h") + "z-" + z.id))),
    windows: (table, s, prefix) => HQ.table(table, ["window", { key: "served", num: true }, { key: "avgService", num: true },
      { key: "noShow", num: true }, { key: "pausedTime", num: true }, { key: "ratingsCol", num: true },
      { key: "satisfaction", num: true }],
    s.counters.map(c => HQ.row([HQ.counterName(c.id, c.name), HQ.count(c.served), HQ.minCell(c.avgServiceSec),
      HQ.count(c.noShow), HQ.minCell(c.pausedSec), levels(c.ratings), HQ.pctCell(c.satisfaction)], (prefix || "h") + "w-" + c.id))),
    clerks: (table, s, prefix) => HQ.table(table, ["clerk", { key: "served", num: true }, { key: "avgService", num: true },
      { key: "ratingsCol", num: true }, { key: "satisfaction", num: true }],
    s.clerks.map(c => HQ.row([HQ.clerkName(c.id, c.name), HQ.count(c.served), HQ.minCell(c.avgServiceSec),
      levels(c.ratings), HQ.pctCell(c.satisfaction)], (prefix || "h") + "c-" + c.id)))
  };

  /** Ratings 1..5 as "1·0 2·1 3·0 4·2 5·9" with the unit 次. */
  function levels(r) {
    const f = HQ.el("span", "levels");
    for (let l = 1; l <= 5; l++) {
      const n = HQ.el("span", "lv lv" + l, String((r && r[l]) || 0));
      n.title = HQ.t("r" + l);
      f.appendChild(n);
    }
    f.appendChild(HQ.el("span", "unit", HQ.t("u_count")));
    return f;
  }

  function tile(id, key, node) { HQ.$(id).replaceChildren(HQ.el("div", "label", HQ.t(key)), node); }

  function setPeriod(from, to) { HQ.$("h-from").value = from; HQ.$("h-to").value = to; }

  function quick(which) {
    const today = HQ.today();
    const p = HQ.parts(Date.parse(today + "T12:00:00Z"));
    const dow = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(p.weekday);
    const first = today.slice(0, 8) + "01";
    if (which === "today") setPeriod(today, today);
    else if (which === "week") setPeriod(HQ.addDays(today, -dow), today);
    else if (which === "month") setPeriod(first, today);
    else if (which === "lastMonth") {
      const end = HQ.addDays(first, -1);
      setPeriod(end.slice(0, 8) + "01", end);
    }
    load();
  }

  const ask = HQ.periodQuery("h", "/api/stats");
  async function load() {
    const r = await ask();
    if (r === null) return;
    const s = P.readResult(P.Op.STATS, r); // the StatsReport, decoded and frozen
    if (s) { result = s; render(); } else HQ.$("h-status").textContent = HQ.t("error");
  }

  function render() {
    if (!result) return;
    const s = result;
    const t = s.totals;
    tile("h-issued", "issued", HQ.count(t.issued));
    tile("h-served", "served", HQ.count(t.served));
    tile("h-noshow", "noShow", HQ.count(t.noShow));
    tile("h-transferred", "transferred", HQ.count(t.transferred));
    tile("h-avgwait", "avgWait", HQ.minCell(t.avgWaitSec));
    tile("h-p90wait", "p90Wait", HQ.minCell(t.p90WaitSec));
    tile("h-avgservice", "avgService", HQ.minCell(t.avgServiceSec));
    tile("h-satisfaction", "satisfaction", HQ.pctCell(s.ratings.satisfaction));
    if (!charts) {
      charts = { days: HQ.chart(HQ.$("h-days")), hours: HQ.chart(HQ.$("h-hours")),
        ratings: HQ.chart(HQ.$("h-ratings")), outcomes: HQ.chart(HQ.$("h-outcomes")) };
    }
    HQ.flowChart(charts.days, s.days.map(d => d.day.slice(5)), s.days.map(d => d.issued), s.days.map(d => d.served),
      s.days.map(d => d.avgWaitSec));
    HQ.flowChart(charts.hours, s.hours.map(h => h.hour + ":00"), s.hours.map(h => h.issued), s.hours.map(h => h.served),
      s.hours.map(h => h.avgWaitSec));
    pie(charts.ratings, [5, 4, 3, 2, 1].map(l => ({ name: HQ.t("r" + l), value: s.ratings[l] }))
      .concat([{ name: HQ.t("unrated"), value: s.ratings.unrated }]),
    ["#2fae66", "#7cc576", "#f0c040", "#f08a40", "#d64541", "#b8c2cc"]);
    pie(charts.outcomes, OUTCOMES.map(o => ({ name: HQ.t("out_" + o), value: s.outcomes[o] })), HQ.palette);
    outcomeTable(HQ.$("h-outcome-table"), s);
    tables.zones(HQ.$("h-zones"), s);
    tables.windows(HQ.$("h-windows"), s);
    tables.clerks(HQ.$("h-clerks"), s);
    HQ.caseFigures.history(s); // cases2 (issue 18)
    HQ.evaluation.render(s); // rating (issue 20): green by reason, rating reasons
  }

  function pie(chart, data, colors) {
    chart.setOption({
      color: colors, animation: false,
      tooltip: { trigger: "item", formatter: "{b}: {c} " + HQ.t("u_tickets") + " ({d}%)" },
      legend: { orient: "vertical", right: 0, top: "middle" },
      series: [{ type: "pie", radius: ["35%", "70%"], center: ["35%", "50%"], data: data,
        label: { formatter: "{c}" } }]
    }, true);
  }

  function outcomeTable(table, s, prefix) {
    HQ.table(table, ["outcome", { key: "served", num: true }],
      OUTCOMES.map(o => HQ.row([HQ.t("out_" + o), HQ.count(s.outcomes[o])], (prefix || "h") + "o-" + o)));
  }

  async function csv() {
    const from = HQ.$("h-from").value;
    const to = HQ.$("h-to").value;
    try {
      const r = await fetch("/api/stats.csv?from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to),
        { headers: { Authorization: "Bearer " + HQ.token } });
      if (!r.ok) throw new Error((await r.json()).error.message);
      const a = HQ.el("a");
      a.href = URL.createObjectURL(await r.blob());
      a.download = "hallq-" + from + "-" + to + ".csv";
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch (e) {
      HQ.$("h-status").textContent = HQ.t("error") + ": " + e.message;
    }
  }

  function init() {
    const today = HQ.today();
    if (!HQ.$("h-from").value) setPeriod(today.slice(0, 8) + "01", today);
    HQ.$("h-query").onclick = load;
    HQ.$("h-csv").onclick = csv;
    document.querySelectorAll("#view-history [data-quick]").forEach(b => { b.onclick = () => quick(b.dataset.quick); });
  }

  return { init: init, load: load, render: render, tables: tables, outcomeTable: outcomeTable,
    result: () => result };
})();
