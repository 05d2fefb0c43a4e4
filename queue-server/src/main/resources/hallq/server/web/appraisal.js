"use strict";
// Rating (issue 20): the 月度考评 on the monthly report: the windows ranked by satisfaction and by the hall file's
// weighted score, each window's and clerk's figures (served, service time, satisfaction, 差评 and 整改率, pauses by
// reason, attendance), from GET /api/appraisal?month=; and the same as CSV. Made with the report (its 生成 button).
HQ.appraisal = (function () {
  let result = null;
  let loads = 0;

  async function load() {
    const month = HQ.$("r-month").value;
    if (!/^\d{4}-\d{2}$/.test(month)) return;
    const mine = ++loads;
    try {
      const r = await HQ.api("/api/appraisal?month=" + month);
      if (mine !== loads) return;
      result = r;
      render();
    } catch (e) {
      HQ.$("r-status").textContent = HQ.t("error") + ": " + e.message;
    }
  }

  async function csv() {
    const month = HQ.$("r-month").value;
    try {
      const r = await fetch("/api/appraisal.csv?month=" + encodeURIComponent(month),
        { headers: { Authorization: "Bearer " + HQ.token } });
      if (!r.ok) throw new Error((await r.json()).error.message);
      const a = HQ.el("a");
      a.href = URL.createObjectURL(await r.blob());
      a.download = "hallq-appraisal-" + month + ".csv";
      document.body.appendChild(a);
      a.click();
      a.remove();
    } catch (e) {
      HQ.$("r-status").textContent = HQ.t("error") + ": " + e.message;
    }
  }

  const minutes = m => HQ.figure(m == null ? "—" : m, "u_min");
  const score = v => HQ.figure(v == null ? "—" : v.toFixed(1), null);
  const pauses = byReason => Object.keys(byReason).map(k =>
    (k === "unstated" ? HQ.t("a_unstated") : k) + " " + HQ.minutes(byReason[k])).join("、") || null;

  function render() {
    if (!result) return;
    const a = result;
    const w = a.weights;
    HQ.$("r-weights").textContent = HQ.t("a_weights") + "：" + HQ.t("satisfaction") + " " + w.satisfaction + "、"
      + HQ.t("served") + " " + w.served + "、" + HQ.t("q_rectifyRate") + " " + w.rectify + "、" + HQ.t("a_attendance")
      + " " + w.attendance + " · " + HQ.t("a_workingDays") + " " + a.workingDays;
    HQ.table(HQ.$("r-rank-satisfaction"), ["a_rank", "window", { key: "satisfaction", num: true }],
      a.bySatisfaction.map(r => HQ.row([String(r.rank), HQ.counterName(r.id, r.name), HQ.pctCell(r.value)],
        "ras-" + r.id)));
    HQ.table(HQ.$("r-rank-score"), ["a_rank", "window", { key: "a_score", num: true }],
      a.byScore.map(r => HQ.row([String(r.rank), HQ.counterName(r.id, r.name), score(r.value)], "rsc-" + r.id)));
    HQ.table(HQ.$("r-appraisal-windows"), ["window", { key: "served", num: true }, { key: "avgService", num: true },
      { key: "satisfaction", num: true }, { key: "q_bad", num: true }, { key: "q_rectifyRate", num: true },
      { key: "q_onTimeRate", num: true }, "a_pauses", { key: "a_staffed", num: true },
      { key: "a_attendance", num: true }, { key: "a_score", num: true }],
      a.windows.map(x => HQ.row([HQ.counterName(x.id, x.name), HQ.count(x.served), HQ.minCell(x.avgServiceSec),
        HQ.pctCell(x.satisfaction), HQ.count(x.bad, "u_count"), HQ.pctCell(x.rectifyRate), HQ.pctCell(x.onTimeRate),
        pauses(x.pauseSecByReason), minutes(x.staffedMin), HQ.pctCell(x.attendanceRate), score(x.score)],
        "raw-" + x.id)));
    HQ.table(HQ.$("r-appraisal-clerks"), ["clerk", { key: "served", num: true }, { key: "avgService", num: true },
      { key: "satisfaction", num: true }, { key: "q_bad", num: true }, { key: "q_rectifyRate", num: true },
      "a_pauses", { key: "a_minutesIn", num: true }, { key: "a_present", num: true }, { key: "a_late", num: true },
      { key: "a_early", num: true }],
      a.clerks.map(x => HQ.row([HQ.clerkName(x.id, x.name), HQ.count(x.served), HQ.minCell(x.avgServiceSec),
        HQ.pctCell(x.satisfaction), HQ.count(x.bad, "u_count"), HQ.pctCell(x.rectifyRate), pauses(x.pauseSecByReason),
        minutes(x.minutesIn), HQ.count(x.daysPresent, "a_u_days"), HQ.count(x.lateDays, "a_u_days"),
        HQ.count(x.earlyDays, "a_u_days")], "rac-" + x.id)));
  }

  function init() {
    HQ.$("r-make").addEventListener("click", load);
    HQ.$("r-appraisal-csv").onclick = csv;
    // printed alone: the report stays one A4 page of its own
    HQ.$("r-appraisal-print").onclick = () => { document.body.classList.add("print-appraisal"); window.print(); };
    window.addEventListener("afterprint", () => document.body.classList.remove("print-appraisal"));
  }

  return { init: init, load: load, render: render, result: () => result };
})();
