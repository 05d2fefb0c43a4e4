"use strict";
// The ticket page's words, Chinese first, then English. {n}, {min}, {date} are filled in by ticket.js.
window.TICKET_WORDS = {
  zh: {
    title: "我的排队号", lang: "English", loading: "正在读取…",
    st_waiting: "等候中", st_transferred: "已转办，等候中", st_called: "请您前往窗口", st_serving: "正在办理",
    st_done: "已办结", st_no_show: "已过号", st_cancelled: "已取消",
    ahead: "前面还有 {n} 人", aheadNone: "下一位就是您", wait: "预计等候约 {min} 分钟", waitSoon: "预计很快轮到您",
    callAt: "请到 {window} 办理",
    out_done: "您的事项已当场办结。", out_accepted: "您的申请已受理（承诺件），将按承诺时限办结。",
    out_incomplete: "材料需要补正：请按工作人员的一次性告知补齐材料后再来。",
    out_rejected: "您的申请不予受理，原因以工作人员的告知为准。", out_consult: "咨询已完成。",
    dueDate: "承诺办结日期：{date}", caseLink: "查看办件进度",
    noShowHint: "叫号时您不在，请到服务台询问。", cancelledHint: "今日办理时间已结束，号票已作废。",
    waitingHint: "本页会自动更新，叫到您时手机会振动提示。请留意大厅叫号。",
    calledHint: "请带好材料尽快前往。", reconnecting: "网络中断，正在重新连接…"
  },
  en: {
    title: "My ticket", lang: "中文", loading: "Loading…",
    st_waiting: "Waiting", st_transferred: "Transferred, waiting", st_called: "Please go to the window",
    st_serving: "Being served", st_done: "Finished", st_no_show: "Missed (not present when called)",
    st_cancelled: "Cancelled",
    ahead: "{n} people are ahead of you", aheadNone: "You are next", wait: "Estimated wait: about {min} min",
    waitSoon: "Your turn is coming soon", callAt: "Please go to {window}",
    out_done: "Your matter was completed on the spot.",
    out_accepted: "Your application was accepted and will be completed by the promised date.",
    out_incomplete: "Some documents are missing: please bring what the clerk listed and come again.",
    out_rejected: "Your application was not accepted; the clerk told you why.", out_consult: "Your question was answered.",
    dueDate: "Promised date: {date}", caseLink: "See the progress of your case",
    noShowHint: "You were not there when called: please ask at the information desk.",
    cancelledHint: "The hall has closed for today; this ticket is no longer valid.",
    waitingHint: "This page updates by itself, and your phone vibrates when you are called.",
    calledHint: "Please go now and bring your documents.", reconnecting: "Connection lost, reconnecting…"
  }
};
