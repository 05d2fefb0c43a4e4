"use strict";
// Cases2 (issue 18): the case figures of a stats result (按时办结率, 提前办结率, 最多跑一次) in the history view and the
// monthly report, and the CSV of the period's cases. The figures themselves are the server's (CaseFigures).
HQ.caseFigures = (function () {
  const groupHead = ["caseGroup", { key: "casesOpened", num: true }, { key: "casesJudged", num: true },
    { key: "onTimeRate", num: true }, { key: "earlyRate", num: true }, { key: "casesOverdue", num: true },
    { key: "avgWorkingDays", num: true }, { key: "oneVisitRate", num: true }];

  function days(n) { return HQ.count(n, "u_workdays"); }

  function groupRows(groups, name, prefix) {
    return groups.map(g => HQ.row([name(g), HQ.count(g.opened), HQ.count(g.judged), HQ.pctCell(g.onTimeRate),
      HQ.pctCell(g.earlyRate), HQ.count(g.overdue), days(g.avgWorkingDays), HQ.pctCell(g.oneVisitRate)],
    prefix + g.id));
  }

  /** The hall's figures as label / value rows. */
  function summary(table, c, prefix) {
    const rows = [["casesOpened", HQ.count(c.opened)], ["casesAccepted", HQ.count(c.accepted)],
      ["casesIncomplete", HQ.count(c.incomplete)], ["casesCollected", HQ.count(c.collected)],
      ["casesMailed", HQ.count(c.mailed)], ["casesWaiting", HQ.count(c.ready + c.returned)],
      ["casesOverdue", HQ.count(c.overdue)], ["onTimeRate", HQ.pctCell(c.onTimeRate)],
      ["earlyRate", HQ.pctCell(c.earlyRate)], ["avgWorkingDays", days(c.avgWorkingDays)],
      ["visitsPerCase", HQ.count(c.visitsPerCase, "u_count")],
      ["oneVisitRate", HQ.pctCell(c.oneVisitRate)], ["onTheSpot", HQ.count(c.onTheSpot)]];
    HQ.table(table, ["caseFigures", { key: "total", num: true }],
      rows.map(r => HQ.row([HQ.t(r[0]), r[1]], prefix + r[0])));
  }

  /** The report's one line under its summary: the figures the month is judged by. */
  function brief(table, c) {
    HQ.table(table, [{ key: "onTimeRate", num: true }, { key: "earlyRate", num: true },
      { key: "casesOverdue", num: true }, { key: "oneVisitRate", num: true }],
    [HQ.row([HQ.pctCell(c.onTimeRate), HQ.pctCell(c.earlyRate), HQ.count(c.overdue), HQ.pctCell(c.oneVisitRate)],
      "r-cases-line")]);
  }

  function groups(table, list, name, prefix) { HQ.table(table, groupHead, groupRows(list, name, prefix)); }

  function fill(s, prefix) {
    const c = s.cases;
    const box = HQ.$(prefix + "-cases-box");
    if (!box) return;
    box.hidden = !c;
    if (!c) return;
    if (prefix === "r") { brief(HQ.$("r-cases"), c); return; }
    summary(HQ.$(prefix + "-cases"), c, prefix + "cs-");
    groups(HQ.$(prefix + "-case-zones"), c.zones, g => HQ.zoneName(g.id), prefix + "cz-");
    groups(HQ.$(prefix + "-case-windows"), c.counters, g => HQ.counterName(g.id, g.name), prefix + "cw-");
    groups(HQ.$(prefix + "-case-clerks"), c.clerks, g => HQ.clerkName(g.id, g.name), prefix + "cc-");
    groups(HQ.$(prefix + "-case-matters"), c.matters, g => g.name + " " + g.id, prefix + "cm-");
  }

  async function csv() {
    const from = HQ.$("h-from").value;
    const to = HQ.$("h-to").value;
    try {
      const r = await fetch("/api/cases.csv?from=" + encodeURIComponent(from) + "&to=" + encodeURIComponent(to),
        { headers: { Authorization: "Bearer " + HQ.token } });
      if (!r.ok) throw new Error((await r.json()).error.message);
      const a = HQ.el("a");
      a.href = URL.createObjectURL(await r.blob());
      a.download = "hallq-cases-" + from + "-" + to + ".csv";
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch (e) {
      HQ.$("h-status").textContent = HQ.t("error") + ": " + e.message;
    }
  }

  function init() {
    const b = HQ.$("h-cases-csv");
    if (b) b.onclick = csv;
  }

  return { history: s => fill(s, "h"), report: s => fill(s, "r"), init: init };
})();
