"use strict";
// The ticket page: shows the ticket's status as the server pushes it (Server-Sent Events), in Chinese or English.
// When the ticket is called the phone vibrates and beeps once where the browser allows (a beep needs the page to
// have been touched once: the autoplay rule).
(function () {
  const W = window.TICKET_WORDS;
  let lang = localStorage.getItem("hallq.lang") === "en" ? "en" : "zh";
  let status = null;
  let alerted = null; // the call (number + window + recall count) the phone was last alerted for
  let audio = null;

  const $ = id => document.getElementById(id);
  const t = (key, vars) => (W[lang][key] || key).replace(/\{(\w+)\}/g, (m, k) => vars && vars[k] != null ? vars[k] : m);
  const show = (id, text) => { const el = $(id); el.hidden = !text; el.textContent = text || ""; };

  function render() {
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    $("lang").textContent = t("lang");
    $("hall").textContent = t("title");
    const page = $("page");
    if (!status) {
      $("state").textContent = t("loading");
      return;
    }
    const s = status;
    page.className = "state-" + s.state + (s.state === "called" ? " called" : "");
    $("number").textContent = s.number;
    $("zone").textContent = lang === "en" && s.zoneNameEn ? s.zoneNameEn : s.zoneName;
    $("state").textContent = t("st_" + s.state);
    const queued = s.state === "waiting" || s.state === "transferred";
    show("ahead", queued && s.ahead != null ? (s.ahead > 0 ? t("ahead", { n: s.ahead }) : t("aheadNone")) : "");
    show("wait", queued && s.estimatedWaitSec != null
      ? (s.estimatedWaitSec >= 60 ? t("wait", { min: Math.round(s.estimatedWaitSec / 60) }) : t("waitSoon")) : "");
    // the call's words as the hall's screens and voice say them (the server's announce), else the window's name
    let call = "";
    if (s.state === "called") {
      call = s.announce ? (lang === "en" ? s.announce.en : s.announce.zh)
        : t("callAt", { window: s.counter ? (lang === "en" && s.counter.nameEn ? s.counter.nameEn : s.counter.name) : "" });
    } else if (s.state === "serving" && s.counter) {
      call = lang === "en" && s.counter.nameEn ? s.counter.nameEn : s.counter.name;
    }
    show("call", call);
    const out = $("outcome");
    out.textContent = "";
    out.hidden = !(s.state === "done" && s.outcome);
    if (!out.hidden) {
      out.appendChild(document.createTextNode(t("out_" + s.outcome)));
      if (s.dueDate) {
        const due = document.createElement("span");
        due.className = "due";
        due.textContent = t("dueDate", { date: s.dueDate });
        out.appendChild(due);
      }
      if (s.case) { // a case opened at the window (contract section 10), when the server names one
        const a = document.createElement("a");
        a.href = "../../c/" + encodeURIComponent(s.case.id) + (s.case.key ? "?k=" + encodeURIComponent(s.case.key) : "");
        a.textContent = t("caseLink");
        out.appendChild(document.createElement("br"));
        out.appendChild(a);
      }
    }
    $("hint").textContent = queued ? t("waitingHint") : s.state === "called" ? t("calledHint")
      : s.state === "no_show" ? t("noShowHint") : s.state === "cancelled" ? t("cancelledHint") : "";
  }

  function alertCalled(s) {
    const which = s.number + "@" + (s.counter ? s.counter.id : "") + "#" + (s.announce ? s.announce.zh : "");
    if (s.state !== "called" || alerted === which) {
      return;
    }
    alerted = which;
    if (navigator.vibrate) {
      try { navigator.vibrate([400, 150, 400, 150, 400]); } catch (e) { /* not allowed here */ }
    }
    beep();
  }

  function beep() {
    try {
      audio = audio || new (window.AudioContext || window.webkitAudioContext)();
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = 880;
      gain.gain.value = 0.2;
      osc.connect(gain);
      gain.connect(audio.destination);
      osc.start();
      osc.stop(audio.currentTime + 0.4);
    } catch (e) { /* no sound on this phone */ }
  }

  function listen() {
    // this page's own address plus /events: works under the reverse proxy's prefix too
    const es = new EventSource(location.pathname.replace(/\/$/, "") + "/events" + location.search);
    es.addEventListener("status", e => {
      status = JSON.parse(e.data);
      $("banner").hidden = true;
      render();
      alertCalled(status);
    });
    es.addEventListener("end", () => es.close()); // the ticket is over: nothing more will change
    es.onerror = () => {
      if (es.readyState === EventSource.CLOSED && !(status && (status.state === "done" || status.state === "cancelled"))) {
        // refused (too many pages open, the server restarting): EventSource gives up, so try again once a while
        show("banner", t("reconnecting"));
        setTimeout(listen, 10000);
      } else if (es.readyState === EventSource.CONNECTING) {
        show("banner", t("reconnecting"));
      }
    };
  }

  $("lang").addEventListener("click", () => {
    lang = lang === "zh" ? "en" : "zh";
    try { localStorage.setItem("hallq.lang", lang); } catch (e) { /* private mode */ }
    render();
  });
  // a first touch unlocks sound for the call's beep (browsers' autoplay rule)
  document.addEventListener("touchstart", () => { try { audio = audio || new AudioContext(); audio.resume(); } catch (e) { } },
    { once: true, passive: true });
  render();
  listen();
})();
