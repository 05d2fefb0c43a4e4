"use strict";
// The dashboard's words in Chinese (first) and English; HQ.t(key) picks the chosen language.
window.HQ = window.HQ || {};
HQ.words = {
  zh: {
    title: "大厅管理看板", login: "请输入管理令牌", loginHint: "令牌见大厅配置文件中 role: manager 的设备", enter: "进入",
    wrongToken: "令牌错误，请重新输入", notManager: "该令牌不是管理员令牌", logout: "退出", lang: "English",
    live: "实时监控", history: "历史统计", followups: "差评回访", report: "月度通报",
    reconnecting: "连接中断，正在重新连接…",
    issued: "取号", served: "办结", noShow: "过号", transferred: "转办", avgWait: "平均等候", p90Wait: "90%等候不超过",
    maxWait: "最长等候", avgService: "平均办理", satisfaction: "满意度", waitingNow: "当前等候", pausedTime: "暂停时长",
    zones: "各区域排队", zone: "区域", waiting: "等候", green: "绿色通道", longest: "最长等候",
    windows: "各窗口状态", window: "窗口", state: "状态", clerk: "工作人员", ticket: "当前号", elapsed: "用时",
    servedToday: "今日办结", recent: "最近叫号", time: "时间", number: "号码", todayByHour: "今日分时段",
    recall: "重呼",
    st_closed: "未登录", st_idle: "空闲", st_called: "已叫号", st_serving: "办理中", st_paused: "暂停",
    from: "从", to: "至", query: "查询", today: "今天", thisWeek: "本周", thisMonth: "本月", lastMonth: "上月",
    last30: "近30天", exportCsv: "导出CSV", byDay: "按日", byHour: "按时段", ratings: "好差评分布",
    outcomes: "办件结果", clerks: "工作人员", ratingsCol: "评价（1–5级）", waitMin: "平均等候",
    out_done: "即办", out_accepted: "承诺", out_incomplete: "补正", out_rejected: "不予受理", out_consult: "咨询",
    r5: "非常满意", r4: "满意", r3: "基本满意", r2: "不满意", r1: "非常不满意", unrated: "未评价",
    level: "评价", outcome: "办件结果", followUp: "整改/回访记录", notePlaceholder: "回访情况、整改措施", save: "保存",
    saved: "已保存", edit: "修改", noBad: "本期间没有差评", pending: "待回访", done: "已回访",
    emptyNote: "请填写回访情况", month: "月份", make: "生成", print: "打印 / 另存为PDF",
    reportTitle: "运行情况通报", reportPeriod: "统计期间", reportSummary: "总体情况",
    reportZones: "各区域情况", reportBad: "差评及整改回访情况", reportWindows: "各窗口情况", reportRatings: "好差评与办件结果",
    badCount: "差评", followedCount: "已回访", madeAt: "生成时间", total: "合计", loading: "加载中…",
    badRange: "日期有误", error: "出错了",
    u_people: "人", u_tickets: "件", u_min: "分钟", u_pct: "%", u_minsec: "分:秒", u_count: "次"
  },
  en: {
    title: "Hall dashboard", login: "Manager token", loginHint: "the token of the role: manager device in the hall file", enter: "Enter",
    wrongToken: "Wrong token, please try again", notManager: "This is not a manager token", logout: "Log out", lang: "中文",
    live: "Live", history: "History", followups: "Bad ratings", report: "Monthly report",
    reconnecting: "Connection lost, reconnecting…",
    issued: "Issued", served: "Served", noShow: "No-show", transferred: "Transferred", avgWait: "Average wait",
    p90Wait: "90% waited at most", maxWait: "Longest wait", avgService: "Average service", satisfaction: "Satisfaction",
    waitingNow: "Waiting now", pausedTime: "Paused",
    zones: "Queues by zone", zone: "Zone", waiting: "Waiting", green: "Priority", longest: "Longest wait",
    windows: "Windows", window: "Window", state: "State", clerk: "Clerk", ticket: "Ticket", elapsed: "For",
    servedToday: "Served today", recent: "Last calls", time: "Time", number: "Number", todayByHour: "Today by hour",
    recall: "Recall",
    st_closed: "Closed", st_idle: "Idle", st_called: "Called", st_serving: "Serving", st_paused: "Paused",
    from: "From", to: "to", query: "Show", today: "Today", thisWeek: "This week", thisMonth: "This month",
    lastMonth: "Last month", last30: "Last 30 days", exportCsv: "Export CSV", byDay: "By day", byHour: "By hour",
    ratings: "Ratings", outcomes: "Outcomes", clerks: "Clerks", ratingsCol: "Ratings (levels 1–5)", waitMin: "Avg wait",
    out_done: "Done", out_accepted: "Accepted", out_incomplete: "Incomplete", out_rejected: "Rejected", out_consult: "Consult",
    r5: "Very satisfied", r4: "Satisfied", r3: "Fair", r2: "Dissatisfied", r1: "Very dissatisfied", unrated: "Unrated",
    level: "Rating", outcome: "Outcome", followUp: "Follow-up", notePlaceholder: "What was done (call back, fix)", save: "Save",
    saved: "Saved", edit: "Edit", noBad: "No bad ratings in this period", pending: "To follow up", done: "Followed up",
    emptyNote: "Please write what was done", month: "Month", make: "Make", print: "Print / save as PDF",
    reportTitle: "Service hall monthly report", reportPeriod: "Period", reportSummary: "Summary",
    reportZones: "By zone", reportBad: "Bad ratings and their follow-up", reportWindows: "By window", reportRatings: "Ratings and outcomes",
    badCount: "Bad ratings", followedCount: "Followed up", madeAt: "Made", total: "Total", loading: "Loading…",
    badRange: "Bad dates", error: "Error",
    u_people: "people", u_tickets: "tickets", u_min: "min", u_pct: "%", u_minsec: "min:s", u_count: "times"
  }
};
HQ.lang = sessionStorage.getItem("hallq.lang") === "en" ? "en" : "zh";
HQ.t = key => (HQ.words[HQ.lang][key] != null ? HQ.words[HQ.lang][key] : key);
/** Fills every element that names a word: data-i18n (text), data-i18n-ph (placeholder). */
HQ.translate = root => {
  (root || document).querySelectorAll("[data-i18n]").forEach(n => { n.textContent = HQ.t(n.dataset.i18n); });
  (root || document).querySelectorAll("[data-i18n-ph]").forEach(n => { n.placeholder = HQ.t(n.dataset.i18nPh); });
  document.documentElement.lang = HQ.lang === "zh" ? "zh-CN" : "en";
};

// phone2 (issue 17): the live view's bookings of the day
Object.assign(HQ.words.zh, { bk_title: "今日预约（人）", bk_slot: "时段", bk_booked: "预约", bk_checkedIn: "签到",
  bk_noShow: "爽约", bk_cancelled: "取消", bk_allDay: "全天", bk_none: "今天还没有预约",
  bk_bookedWait: "预约平均等候", bk_walkInWait: "现场取号平均等候" });
Object.assign(HQ.words.en, { bk_title: "Today's bookings (people)", bk_slot: "Slot", bk_booked: "Booked", bk_checkedIn: "Checked in",
  bk_noShow: "No-show", bk_cancelled: "Cancelled", bk_allDay: "All day", bk_none: "No bookings today yet",
  bk_bookedWait: "Avg wait, booked", bk_walkInWait: "Avg wait, walk-in" });
// cases2 (issue 18): the case figures (按时办结率, 提前办结率, 最多跑一次)
Object.assign(HQ.words.zh, {
  caseFigures: "办件情况", caseGroup: "统计对象", casesOpened: "受理办件", casesJudged: "应办结",
  casesAccepted: "承诺件（含容缺）", casesIncomplete: "补正告知", casesCollected: "已取件", casesMailed: "已邮寄",
  casesWaiting: "办结待取/退件待取", casesOverdue: "超期", onTimeRate: "按时办结率", earlyRate: "提前办结率",
  avgWorkingDays: "平均办理", visitsPerCase: "每件跑动次数", oneVisitRate: "最多跑一次率", onTheSpot: "即办件",
  caseZones: "各区域办件", caseWindows: "各窗口办件", caseClerks: "首办责任人办件", caseMatters: "各事项办件",
  exportCasesCsv: "导出办件CSV", reportCases: "办件效能情况", u_workdays: "个工作日"
});
Object.assign(HQ.words.en, {
  caseFigures: "Cases", caseGroup: "Of", casesOpened: "Opened", casesJudged: "Due by now",
  casesAccepted: "Accepted", casesIncomplete: "Papers missing", casesCollected: "Collected", casesMailed: "Mailed",
  casesWaiting: "Waiting for pickup", casesOverdue: "Late", onTimeRate: "On time", earlyRate: "Early",
  avgWorkingDays: "Average time", visitsPerCase: "Visits per case", oneVisitRate: "One visit at most",
  onTheSpot: "Done on the spot", caseZones: "Cases by zone", caseWindows: "Cases by window",
  caseClerks: "Cases by clerk", caseMatters: "Cases by matter", exportCasesCsv: "Export cases CSV",
  reportCases: "Cases", u_workdays: "working days"
});
// rating (issue 20): the 差评 closed loop's words
Object.assign(HQ.words.zh, {
  rectify: "差评整改", q_items: "差评事项", q_open: "未办结", q_overdue: "已超期", q_late: "已超期",
  q_reasons: "不满意原因", q_due: "整改期限", q_responsibleCol: "责任人", q_steps: "处理记录", q_action: "处理",
  q_notePlaceholder: "核实情况、整改措施、回访结果或申诉理由", q_responsible: "责任人（可不填）",
  q_needNote: "请填写处理情况", q_needReason: "申诉须填写理由", q_empty: "没有差评事项",
  q_s_pending: "待核实", q_s_rectifying: "整改中", q_s_rectified: "已整改", q_s_visited: "已回访",
  q_s_appealed: "申诉复核中", q_s_upheld: "复核通过", q_s_rejected: "申诉驳回",
  q_to_rectifying: "核实属实，整改", q_to_rectified: "已整改", q_to_visited: "已回访", q_to_appealed: "申诉",
  q_to_upheld: "复核通过", q_to_rejected: "驳回",
  q_r_attitude: "服务态度", q_r_efficiency: "办事效率", q_r_competence: "业务水平", q_r_unclear: "一次性告知不清",
  q_r_wait: "等候时间长", q_r_other: "其他",
  q_figures: "整改情况", q_bad: "差评", q_upheld: "申诉通过", q_rectified: "已整改", q_rectifyRate: "整改率",
  q_onTimeRate: "按期整改率", q_visitRate: "回访率"
});
Object.assign(HQ.words.en, {
  rectify: "Rectification", q_items: "Items", q_open: "open", q_overdue: "overdue", q_late: "overdue",
  q_reasons: "Reasons", q_due: "Due", q_responsibleCol: "Responsible", q_steps: "Steps", q_action: "Next step",
  q_notePlaceholder: "What was found, done or said; an appeal's reason", q_responsible: "Responsible (optional)",
  q_needNote: "Please write what was done", q_needReason: "An appeal needs its reason", q_empty: "No items",
  q_s_pending: "To verify", q_s_rectifying: "Rectifying", q_s_rectified: "Rectified", q_s_visited: "Called back",
  q_s_appealed: "Appeal in review", q_s_upheld: "Appeal upheld", q_s_rejected: "Appeal rejected",
  q_to_rectifying: "Verified: rectify", q_to_rectified: "Rectified", q_to_visited: "Called back", q_to_appealed: "Appeal",
  q_to_upheld: "Uphold", q_to_rejected: "Reject",
  q_r_attitude: "Attitude", q_r_efficiency: "Efficiency", q_r_competence: "Knowledge", q_r_unclear: "Not told all at once",
  q_r_wait: "Long wait", q_r_other: "Other",
  q_figures: "Rectification figures", q_bad: "Bad", q_upheld: "Upheld", q_rectified: "Rectified",
  q_rectifyRate: "Rectified", q_onTimeRate: "On time", q_visitRate: "Called back"
});
// rating (issue 20): the 月度考评's words
Object.assign(HQ.words.zh, {
  a_title: "窗口及工作人员月度考评", a_bySatisfaction: "窗口满意度排名", a_byScore: "窗口综合考评排名",
  a_rank: "名次", a_score: "综合得分", a_weights: "综合得分权重", a_workingDays: "本月工作日",
  a_pauses: "暂停（按原因）", a_staffed: "在岗时长", a_attendance: "在岗率", a_minutesIn: "在岗时长",
  a_present: "出勤天数", a_late: "迟到", a_early: "早退", a_u_days: "天", a_unstated: "未说明", a_csv: "导出考评CSV",
  a_print: "打印考评"
});
Object.assign(HQ.words.en, {
  a_title: "Monthly appraisal of windows and clerks", a_bySatisfaction: "Windows by satisfaction",
  a_byScore: "Windows by overall score", a_rank: "Rank", a_score: "Score", a_weights: "Score weights",
  a_workingDays: "working days", a_pauses: "Pauses by reason", a_staffed: "Staffed", a_attendance: "Attendance",
  a_minutesIn: "Logged in", a_present: "Days present", a_late: "Late", a_early: "Left early", a_u_days: "days",
  a_unstated: "no reason", a_csv: "Export appraisal CSV", a_print: "Print appraisal"
});
// rating (issue 20): the history view's green channel by reason and the rating reasons
Object.assign(HQ.words.zh, {
  e_green: "绿色通道（按原因）", e_greenReason: "原因", e_g_elderly: "老年人", e_g_disabled: "残疾人",
  e_g_pregnant: "孕妇", e_g_other: "其他", e_g_unstated: "未说明", e_reasons: "不满意原因", e_times: "次数"
});
Object.assign(HQ.words.en, {
  e_green: "Green channel by reason", e_greenReason: "Reason", e_g_elderly: "Elderly", e_g_disabled: "Disability",
  e_g_pregnant: "Pregnant", e_g_other: "Other", e_g_unstated: "Not said", e_reasons: "Reasons of bad ratings",
  e_times: "Times"
});
