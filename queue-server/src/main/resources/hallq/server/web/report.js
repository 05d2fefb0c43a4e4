"use strict";
// The monthly report (通报): a month's figures per zone and window on one printable A4 page.
HQ.report = (function () {
  const P = window.HallqProtocol;
  let result = null;
  let madeAt = null;
  let bad = [];
  let loads = 0;

  function period(month) {
    const from = month + "-01";
    const next = new Date(from + "T00:00:00Z");
    next.setUTCMonth(next.getUTCMonth() + 1);
    return [from, HQ.addDays(next.toISOString().slice(0, 10), -1)];
  }

  async function load() {
    const month = HQ.$("r-month").value;
    if (!/^\d{4}-\d{2}$/.test(month)) { HQ.$("r-status").textContent = HQ.t("badRange"); return; }
    const [from, to] = period(month);
    const mine = ++loads;
    HQ.$("r-status").textContent = HQ.t("loading");
    try {
      const r = P.readResult(P.Op.STATS, await HQ.api("/api/stats?from=" + from + "&to=" + to));
      const f = await HQ.api("/api/followups?from=" + from + "&to=" + to);
      if (mine !== loads) return; // a newer question is on its way
      if (r === null) throw new Error("not the contract's stats");
      result = r;
      bad = f.badRatings;
      madeAt = new Date(HQ.now()).toISOString();
      HQ.$("r-status").textContent = "";
      render();
    } catch (e) {
      HQ.$("r-status").textContent = HQ.t("error") + ": " + e.message;
    }
  }

  function summaryRow(key, node) { return HQ.row([HQ.t(key), node]); }

  function render() {
    if (!result) return;
    const s = result;
    const t = s.totals;
    const [y, m] = s.from.split("-");
    HQ.$("r-title").textContent = HQ.lang === "zh" ? HQ.hallName() + " " + y + "年" + (+m) + "月" + HQ.t("reportTitle")
      : HQ.hallName() + " — " + HQ.t("reportTitle") + ", " + y + "-" + m;
    HQ.$("r-period").textContent = HQ.t("reportPeriod") + ": " + s.from + " – " + s.to + " · " + HQ.t("madeAt") + ": "
      + HQ.stamp(madeAt);
    HQ.table(HQ.$("r-summary"), ["reportSummary", { key: "total", num: true }], [
      summaryRow("issued", HQ.count(t.issued)), summaryRow("served", HQ.count(t.served)),
      summaryRow("noShow", HQ.count(t.noShow)), summaryRow("transferred", HQ.count(t.transferred)),
      summaryRow("avgWait", HQ.minCell(t.avgWaitSec)), summaryRow("p90Wait", HQ.minCell(t.p90WaitSec)),
      summaryRow("avgService", HQ.minCell(t.avgServiceSec)), summaryRow("satisfaction", HQ.pctCell(s.ratings.satisfaction)),
      summaryRow("badCount", HQ.count(s.badRatings.length)),
      summaryRow("followedCount", HQ.count(bad.filter(x => x.followUp).length))]
      // phone2 (issue 17): in a month with bookings, the waits of booked and walk-in tickets apart (a booked one's
      // from its check-in)
      .concat(s.bookings && s.bookings.booked > 0 ? [summaryRow("bk_bookedWait", HQ.minCell(s.bookings.bookedAvgWaitSec)),
        summaryRow("bk_walkInWait", HQ.minCell(s.bookings.walkInAvgWaitSec))] : []));
    HQ.history.outcomeTable(HQ.$("r-outcomes"), s, "r");
    HQ.table(HQ.$("r-ratings"), ["level", { key: "total", num: true }],
      [5, 4, 3, 2, 1].map(l => HQ.row([l + " " + HQ.t("r" + l), HQ.count(s.ratings[l])]))
        .concat([HQ.row([HQ.t("unrated"), HQ.count(s.ratings.unrated)])]));
    HQ.history.tables.zones(HQ.$("r-zones"), s, "r");
    HQ.history.tables.windows(HQ.$("r-windows"), s, "r");
    HQ.table(HQ.$("r-bad"), ["time", "number", "window", "clerk", "level", "followUp"], bad.map(x =>
      HQ.row([HQ.stamp(x.ratedAt), x.number, HQ.counterName(x.counter, x.counterName), HQ.clerkName(x.clerk, x.clerkName),
        x.level + " " + HQ.t("r" + x.level), x.followUp ? x.followUp.note : HQ.t("pending")])));
    HQ.caseFigures.report(s); // cases2 (issue 18)
  }

  function init() {
    if (!HQ.$("r-month").value) HQ.$("r-month").value = HQ.today().slice(0, 7);
    HQ.$("r-make").onclick = load;
    HQ.$("r-print").onclick = () => window.print();
  }

  return { init: init, load: load, render: render, result: () => result };
})();
