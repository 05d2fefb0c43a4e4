"use strict";
// Rating (issue 20): the 差评 closed loop. Every rating of 1–2 is a work item (op rating-items, the hall's list:
// open ones and those of the last two months), moved one step at a time with its note (op rating-step: 待核实 →
// 整改中 → 已整改 → 已回访, or 申诉 → 复核通过/驳回); which steps an item may take is the server's rule (`next`).
// Below, 整改率, 按期整改率 and 回访率 of the chosen period by window and by clerk (op stats, evaluation).
HQ.rectify = (function () {
  const P = window.HallqProtocol;
  let items = [];
  let today = null;
  let figures = null;
  let status = "";

  async function load() {
    const r = await HQ.link.request(P.Op.RATING_ITEMS, {});
    if (!r.ok) { status = HQ.t("error") + ": " + r.message; render(); return; }
    items = r.value.items.slice();
    today = r.value.today;
    status = "";
    render();
    loadFigures();
  }

  async function loadFigures() {
    const from = HQ.$("q-from").value;
    const to = HQ.$("q-to").value;
    const r = await HQ.link.request(P.Op.STATS, { from: from, to: to });
    figures = r.ok ? r.value.evaluation : null;
    renderFigures();
  }

  async function step(item, to, note, responsible, msg) {
    if (!note.value.trim()) { msg.textContent = HQ.t(to === "appealed" ? "q_needReason" : "q_needNote"); return; }
    msg.textContent = "";
    const args = { item: item.id, to: to, note: note.value };
    if (responsible.value.trim()) args.responsible = responsible.value.trim();
    const r = await HQ.link.request(P.Op.RATING_STEP, args);
    if (!r.ok) { msg.textContent = HQ.t("error") + ": " + r.message; return; }
    items = items.map(x => (x.id === item.id ? r.value.item : x));
    render();
    loadFigures();
  }

  /**
   * A `rating-item` event (issue 20): the item as it ends up, put in the list in place (or added, oldest due first)
   * without reading the list again; the figures below follow a moment later. Ignored until the list was read once.
   */
  let figuresDue = null;
  function event(e) {
    if (e.kind !== P.EventKind.RATING_ITEM || today === null) return;
    const item = e.data.item;
    const i = items.findIndex(x => x.id === item.id);
    if (i >= 0) items[i] = item; else items.push(item);
    items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1
      : a.ratedAt < b.ratedAt ? -1 : a.ratedAt > b.ratedAt ? 1 : 0));
    render();
    if (figuresDue === null) figuresDue = setTimeout(() => { figuresDue = null; loadFigures(); }, 2000);
  }

  function reasons(x) {
    return x.reasons.map(r => HQ.t("q_r_" + r)).join("、") || null;
  }

  function render() {
    const open = items.filter(x => x.state !== "visited" && x.state !== "upheld").length;
    const overdue = items.filter(x => x.overdue).length;
    HQ.$("q-summary").replaceChildren(HQ.el("span", null, HQ.t("q_items") + " "), HQ.count(items.length),
      HQ.el("span", null, " · " + HQ.t("q_open") + " "), HQ.count(open),
      HQ.el("span", null, " · " + HQ.t("q_overdue") + " "), HQ.count(overdue));
    HQ.$("q-status").textContent = status;
    // what a manager is typing in a row stays when an event (another page's step) draws the list again, while
    // that row's item keeps its state (a step taken, the note went with it)
    const typed = {};
    HQ.$("q-table").querySelectorAll("tbody tr").forEach(tr => {
      const n = tr.querySelector(".note-input");
      const w = tr.querySelector(".who-input");
      const st = [...tr.classList].find(c => c.startsWith("st-"));
      if (n && (n.value || (w && w.value))) typed[tr.id] = { note: n.value, who: w ? w.value : "", st: st };
    });
    const rows = items.map(x => {
      const due = HQ.el("span", x.overdue ? "due overdue" : "due", x.dueDate + (x.overdue ? " " + HQ.t("q_late") : ""));
      const tr = HQ.row([HQ.stamp(x.ratedAt), x.ticket + (x.matter ? " · " + x.matter : ""),
        HQ.counterName(x.counter, x.counterName), HQ.clerkName(x.clerk, x.clerkName),
        x.level + " " + HQ.t("r" + x.level), reasons(x), HQ.t("q_s_" + x.state), "", x.responsible, "", ""],
        "q-" + x.id.replace(/[^A-Za-z0-9-]/g, "-"));
      tr.classList.add("st-" + x.state, "lvl" + x.level);
      if (x.overdue) tr.classList.add("overdue");
      tr.children[7].appendChild(due);
      const stepsCell = tr.children[9];
      x.steps.forEach(s => stepsCell.appendChild(HQ.el("div", "step",
        HQ.stamp(s.at) + " " + HQ.t("q_s_" + s.state) + "：" + s.note)));
      const act = tr.children[10];
      if (x.next.length) {
        const note = HQ.el("input", "note-input");
        note.placeholder = HQ.t("q_notePlaceholder");
        note.maxLength = 1000;
        const who = HQ.el("input", "who-input");
        who.placeholder = HQ.t("q_responsible");
        who.maxLength = 64;
        const msg = HQ.el("span", "msg");
        const kept = typed[tr.id];
        if (kept && kept.st === "st-" + x.state) { note.value = kept.note; who.value = kept.who; }
        act.append(note, who);
        x.next.forEach(to => {
          const b = HQ.el("button", "small step-" + to, HQ.t("q_to_" + to));
          b.onclick = () => step(x, to, note, who, msg);
          act.appendChild(b);
        });
        act.appendChild(msg);
      }
      return tr;
    });
    HQ.table(HQ.$("q-table"), ["time", "number", "window", "clerk", "level", "q_reasons", "state", "q_due",
      "q_responsibleCol", "q_steps", "q_action"], rows);
    HQ.$("q-empty").hidden = items.length > 0;
    renderFigures();
  }

  function figureRows(list) {
    return list.map(f => HQ.row([f.name || f.id, HQ.count(f.bad, "u_count"), HQ.count(f.upheld, "u_count"),
      HQ.count(f.rectified, "u_count"), HQ.pctCell(f.rectifyRate), HQ.pctCell(f.onTimeRate),
      HQ.pctCell(f.visitRate)], "qf-" + (f.id || "all")));
  }

  function renderFigures() {
    const head = ["", { key: "q_bad", num: true }, { key: "q_upheld", num: true }, { key: "q_rectified", num: true },
      { key: "q_rectifyRate", num: true }, { key: "q_onTimeRate", num: true }, { key: "q_visitRate", num: true }];
    const e = figures;
    HQ.table(HQ.$("q-by-window"), [{ key: "window" }].concat(head.slice(1)),
      e ? figureRows(e.rectificationByCounter) : []);
    HQ.table(HQ.$("q-by-clerk"), [{ key: "clerk" }].concat(head.slice(1)), e ? figureRows(e.rectificationByClerk) : []);
  }

  function init() {
    const t = HQ.today();
    if (!HQ.$("q-from").value) { HQ.$("q-from").value = t.slice(0, 8) + "01"; HQ.$("q-to").value = t; }
    HQ.$("q-query").onclick = load;
  }

  return { init: init, load: load, render: render, event: event, items: () => items, today: () => today };
})();
