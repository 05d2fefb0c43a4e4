package hallq.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /web/protocol.js} as the pages get it: the decoder ({@code web/protocol.js} in the jar) with the table of
 * {@link ProtocolSchema} written in at its marker. Made once per server from the protocol classes it runs with, so
 * a page can only ever be served the shapes this server writes.
 */
public final class ProtocolScript {
    /** Where the table goes in the decoder's source; the source cannot run without it. */
    static final String MARKER = "/*@schema@*/";
    private static final String SOURCE = "/hallq/server/web/protocol.js";

    private ProtocolScript() {
    }

    public static String text() {
        String source;
        try (InputStream in = ProtocolScript.class.getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is not in the jar");
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int at = source.indexOf(MARKER);
        if (at < 0 || source.indexOf(MARKER, at + 1) >= 0) {
            throw new IllegalStateException(SOURCE + " must hold " + MARKER + " once");
        }
        // a JSON text is a JS expression as it is
        return source.substring(0, at) + ProtocolSchema.table().toPrettyString() + source.substring(at + MARKER.length());
    }
}
