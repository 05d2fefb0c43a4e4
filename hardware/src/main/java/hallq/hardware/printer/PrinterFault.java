package hallq.hardware.printer;

/** Why a ticket cannot be printed. Kiosks switch on this to tell staff what to fix. */
public enum PrinterFault {
    /** Paper roll is empty. */
    PAPER_OUT("缺纸", "Out of paper"),
    /** Cover (platen) is open. */
    COVER_OPEN("打印机盖未关", "Printer cover open"),
    /** Printer reports itself offline (e.g. feeding, or stopped for another reason). */
    OFFLINE("打印机离线", "Printer offline"),
    /** Cutter jammed or another error the printer reports. */
    PRINTER_ERROR("打印机故障", "Printer error"),
    /** The link can read but the printer did not answer the status query: unplugged or powered off. */
    NOT_RESPONDING("打印机无响应", "Printer not responding"),
    /** Writing to or opening the device failed. */
    LINK_FAILED("打印机连接失败", "Printer connection failed");

    private final String messageZh;
    private final String messageEn;

    PrinterFault(String messageZh, String messageEn) {
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }
}
