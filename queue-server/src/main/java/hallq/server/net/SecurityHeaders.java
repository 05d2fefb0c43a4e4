package hallq.server.net;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;

/** The browser's protections the server asks for: on every answer, and more on the pages and their files. */
final class SecurityHeaders {
    /**
     * The pages' scripts are files of the jar ({@code /web/...}, no inline script, no eval); styles may be inline
     * (display.html's own, and ECharts writes style attributes into its tooltips). {@code connect-src 'self'} covers
     * the page's own {@code ws:}/{@code wss:} origin too (CSP level 3, checked in Chromium by the browser tests).
     * No page may be framed (clickjacking the manager's buttons).
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** A type as sent, never sniffed; no address of ours (a display's page, say) sent on as a Referer. */
    static void everyResponse(HttpHeaders h) {
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
    }

    /** The dashboard, the display and the files they load. */
    static void page(HttpHeaders h) {
        everyResponse(h);
        h.set(HttpHeaderNames.X_FRAME_OPTIONS, "DENY");
        h.set(HttpHeaderNames.CONTENT_SECURITY_POLICY, CSP);
    }
}
