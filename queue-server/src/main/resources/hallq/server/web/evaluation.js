"use strict";
// Rating (issue 20) in the history view: the period's green-channel tickets by why they were green (issued, served,
// waits) and how often each reason of a 1 or 2 was chosen, from the stats result's `evaluation`.
HQ.evaluation = (function () {
  let last = null;

  function render(s) {
    last = s || last;
    if (!last || !last.evaluation) return;
    const e = last.evaluation;
    HQ.table(HQ.$("h-green"), ["e_greenReason", { key: "issued", num: true }, { key: "served", num: true },
      { key: "avgWait", num: true }, { key: "p90Wait", num: true }],
      e.green.map(g => HQ.row([HQ.t("e_g_" + g.reason), HQ.count(g.issued), HQ.count(g.served),
        HQ.minCell(g.avgWaitSec), HQ.minCell(g.p90WaitSec)], "hg-" + g.reason)));
    HQ.table(HQ.$("h-reasons"), ["q_reasons", { key: "e_times", num: true }],
      Object.keys(e.ratingReasons).map(r => HQ.row([HQ.t("q_r_" + r), HQ.count(e.ratingReasons[r], "u_count")],
        "hr-" + r)));
  }

  return { render: render };
})();
