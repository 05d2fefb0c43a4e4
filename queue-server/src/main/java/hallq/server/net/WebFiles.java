package hallq.server.net;

import hallq.server.web.ProtocolScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The browser pages and what they load, all from inside the jar: {@code /} (the manager's dashboard),
 * {@code /display}, the dashboard's own scripts and styles under {@code /web/}, and the bundled WebJars (ECharts)
 * under {@code /webjars/}. Nothing outside those resource folders can be named. {@code /web/protocol.js}, the pages'
 * decoder of the contract, is made from protocol's records at its first request ({@link ProtocolScript}).
 */
final class WebFiles {
    /** A file's bytes and content type; {@code versioned} files (WebJars) may be cached by the browser. */
    record File(byte[] bytes, String type, boolean versioned) {
    }

    private static final String PAGES = "/hallq/server/web/";
    private static final String PROTOCOL = "/web/protocol.js";
    private static final String WEBJARS = "/META-INF/resources/webjars/";
    private static final Pattern OWN = Pattern.compile("/web/([a-z0-9-]+\\.(?:js|css|html))");
    private static final Pattern WEBJAR = Pattern.compile("/webjars/((?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)+"
            + "[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(?:js|css))");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private final Map<String, Optional<File>> cache = new ConcurrentHashMap<>();

    Optional<File> find(String path) {
        String resource;
        if (path.equals(PROTOCOL)) {
            return cache.computeIfAbsent(PROTOCOL, p -> Optional.of(new File(
                    ProtocolScript.text().getBytes(StandardCharsets.UTF_8), TYPES.get("js"), false)));
        } else if (path.equals("/")) {
            resource = PAGES + "index.html";
        } else if (path.equals("/display")) {
            resource = PAGES + "display.html";
        } else if (path.equals("/book")) { // bookings (contract section 9): the citizen's booking page
            resource = PAGES + "book.html";
        } else if (path.matches("/c/[0-9]{8}-[A-Z0-9]{1,16}")) {
            resource = PAGES + "case.html"; // cases (issue 18): the citizen's page, the key in ?k=
        } else if (path.equals("/backoffice")) {
            resource = PAGES + "backoffice.html"; // cases (issue 18)
        } else if (OWN.matcher(path).matches()) {
            resource = PAGES + path.substring("/web/".length());
        } else if (WEBJAR.matcher(path).matches() && !path.contains("..")) {
            resource = WEBJARS + path.substring("/webjars/".length());
        } else {
            return Optional.empty();
        }
        return cache.computeIfAbsent(resource, WebFiles::load);
    }

    private static Optional<File> load(String resource) {
        try (InputStream in = WebFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            String ext = resource.substring(resource.lastIndexOf('.') + 1);
            return Optional.of(new File(in.readAllBytes(), TYPES.get(ext), resource.startsWith(WEBJARS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
