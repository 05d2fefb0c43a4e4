"use strict";
// Shared by the dashboard's views: DOM helpers, figures with their units, the manager's HTTP calls, charts.
(function () {
  HQ.$ = id => document.getElementById(id);
  HQ.el = (tag, cls, text) => {
    const n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text != null) n.textContent = text;
    return n;
  };

  // ---- figures: the number right-aligned in its cell, its unit beside it ----
  const dash = "—";
  HQ.minutes = sec => (sec == null ? dash : (sec / 60).toFixed(1));
  HQ.percent = share => (share == null ? dash : (share * 100).toFixed(1));
  HQ.minSec = sec => {
    if (sec == null || sec < 0) return dash;
    const s = Math.floor(sec);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  };
  /** A cell's content: "<b class=num>12</b><span class=unit>件</span>". */
  HQ.figure = (text, unit) => {
    const f = HQ.el("span", "fig");
    f.appendChild(HQ.el("b", "num", String(text)));
    if (unit && text !== dash) f.appendChild(HQ.el("span", "unit", HQ.t(unit)));
    return f;
  };
  HQ.count = (n, unit) => HQ.figure(n == null ? dash : n, unit || "u_tickets");
  HQ.minCell = sec => HQ.figure(HQ.minutes(sec), "u_min");
  HQ.pctCell = share => HQ.figure(HQ.percent(share), "u_pct");

  /** A table row: strings are text cells, nodes are figure cells (right-aligned). */
  HQ.row = (cells, id) => {
    const tr = HQ.el("tr");
    if (id) tr.id = id;
    cells.forEach(c => {
      const td = HQ.el("td", c instanceof Node ? "n" : null);
      if (c instanceof Node) td.appendChild(c); else td.textContent = c == null ? dash : c;
      tr.appendChild(td);
    });
    return tr;
  };
  /** Fills a table: header words (keys), then rows. */
  HQ.table = (table, headKeys, rows) => {
    table.replaceChildren();
    const head = HQ.el("tr");
    headKeys.forEach(k => {
      const th = HQ.el("th", null, HQ.t(k.key || k));
      if (k.num) th.className = "n";
      head.appendChild(th);
    });
    const thead = HQ.el("thead");
    thead.appendChild(head);
    const tbody = HQ.el("tbody");
    rows.forEach(r => tbody.appendChild(r));
    table.append(thead, tbody);
  };

  // ---- names from the hall file, in the chosen language ----
  HQ.zoneName = id => {
    const z = ((HQ.hall && HQ.hall.zones) || []).find(x => x.id === id);
    return z ? (HQ.lang === "en" && z.nameEn ? z.nameEn : z.name) : id;
  };
  HQ.counterName = (id, fallback) => {
    const c = ((HQ.hall && HQ.hall.counters) || []).find(x => x.id === id);
    return c ? (HQ.lang === "en" && c.nameEn ? c.nameEn : c.name) : (fallback || id);
  };
  HQ.clerkName = (id, fallback) => {
    const c = ((HQ.hall && HQ.hall.clerks) || []).find(x => x.id === id);
    return c ? c.name : (fallback || id);
  };
  HQ.hallName = () => {
    const h = (HQ.hall && HQ.hall.hall) || {};
    return (HQ.lang === "en" && h.nameEn ? h.nameEn : h.name) || "HallQ";
  };

  // ---- the hall's time: the server's clock (GET /healthz) and its time zone ----
  HQ.clockOffset = 0;
  HQ.now = () => Date.now() + HQ.clockOffset;
  HQ.tz = () => (HQ.hall && HQ.hall.hall && HQ.hall.hall.timezone) || undefined;
  /** Parts of an instant in the hall's zone: {year, month, day, hour, minute, second, weekday}. */
  HQ.parts = ms => {
    const p = {};
    new Intl.DateTimeFormat("en-GB", { timeZone: HQ.tz(), hourCycle: "h23", year: "numeric", month: "2-digit",
      day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", weekday: "short" })
      .formatToParts(new Date(ms)).forEach(x => { p[x.type] = x.value; });
    return p;
  };
  HQ.day = ms => { const p = HQ.parts(ms); return p.year + "-" + p.month + "-" + p.day; };
  HQ.today = () => HQ.day(HQ.now());
  HQ.hhmm = iso => { if (!iso) return dash; const p = HQ.parts(Date.parse(iso)); return p.hour + ":" + p.minute; };
  HQ.stamp = iso => { if (!iso) return dash; const p = HQ.parts(Date.parse(iso));
    return p.month + "-" + p.day + " " + p.hour + ":" + p.minute; };
  HQ.addDays = (day, n) => {
    const d = new Date(day + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  };

  // ---- the manager's HTTP calls: Bearer token, JSON errors shown as their message ----
  HQ.api = async (path, options) => {
    const o = Object.assign({ method: "GET" }, options || {});
    o.headers = Object.assign({ Authorization: "Bearer " + HQ.token }, o.headers || {});
    const r = await fetch(path, o);
    if (!r.ok) {
      let message = r.status + " " + r.statusText;
      try { const e = await r.json(); message = (e.error && e.error.message) || message; } catch (ignored) { /* not JSON */ }
      throw new Error(message);
    }
    return (r.headers.get("content-type") || "").includes("json") ? r.json() : r.text();
  };

  /**
   * A question about the period in the fields {prefix}-from and {prefix}-to: resolves to the answer of `path`, or to
   * null when it failed (said in {prefix}-status) or a newer question was asked meanwhile.
   */
  HQ.periodQuery = (prefix, path) => {
    let asked = 0;
    return async () => {
      const mine = ++asked;
      const status = HQ.$(prefix + "-status");
      status.textContent = HQ.t("loading");
      try {
        const r = await HQ.api(path + "?from=" + encodeURIComponent(HQ.$(prefix + "-from").value)
          + "&to=" + encodeURIComponent(HQ.$(prefix + "-to").value));
        if (mine !== asked) return null;
        status.textContent = "";
        return r;
      } catch (e) {
        if (mine === asked) status.textContent = HQ.t("error") + ": " + e.message;
        return null;
      }
    };
  };

  // ---- charts (ECharts from the jar); each is re-drawn on a language change and sized with the window ----
  const charts = [];
  HQ.chart = node => {
    const c = echarts.init(node, null, { renderer: "canvas" });
    charts.push(c);
    return c;
  };
  window.addEventListener("resize", () => charts.forEach(c => c.resize()));
  HQ.palette = ["#1f6fd1", "#2fae66", "#f0a020", "#d64541", "#8e5bd6", "#5c6b7a"];
  /** Bars of issued and served, and a line of the average wait in minutes on a second axis. */
  HQ.flowChart = (chart, labels, issued, served, waitSec) => {
    chart.setOption({
      color: HQ.palette, animation: false,
      tooltip: { trigger: "axis" },
      legend: { top: 0, data: [HQ.t("issued"), HQ.t("served"), HQ.t("avgWait")] },
      grid: { left: 48, right: 56, top: 32, bottom: 28 },
      xAxis: { type: "category", data: labels },
      yAxis: [{ type: "value", name: HQ.t("u_tickets"), minInterval: 1 },
        { type: "value", name: HQ.t("u_min"), splitLine: { show: false } }],
      series: [
        { name: HQ.t("issued"), type: "bar", data: issued },
        { name: HQ.t("served"), type: "bar", data: served },
        { name: HQ.t("avgWait"), type: "line", yAxisIndex: 1, data: waitSec.map(s => (s == null ? null : +(s / 60).toFixed(1))) }
      ]
    }, true);
  };
})();
