package hallq.server.net;

import hallq.protocol.hall.Device;
import hallq.protocol.hall.HallConfig;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Device authentication; every token is compared in constant time and all of them are compared. */
final class Tokens {
    private final HallConfig hall;

    Tokens(HallConfig hall) {
        this.hall = hall;
    }

    Optional<Device> hello(String deviceId, String token) {
        Device device = deviceId == null ? null : hall.device(deviceId).orElse(null);
        boolean ok = equal(token, device == null ? null : device.token());
        return ok && device != null ? Optional.of(device) : Optional.empty();
    }

    /** The device whose token this is (HTTP {@code Authorization: Bearer}). */
    Optional<Device> bearer(String token) {
        Device found = null;
        for (Device d : hall.devices()) {
            if (equal(token, d.token()) && found == null) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean equal(String given, String expected) {
        byte[] a = (given == null ? "" : given).getBytes(StandardCharsets.UTF_8);
        byte[] b = (expected == null ? "\u0000no token" : expected).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(a, b) && given != null && expected != null;
    }
}
