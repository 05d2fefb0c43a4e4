package hallq.server.queue;

import hallq.protocol.IdNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Salted SHA-256 of an ID number: enough to count a person's tickets, never enough to read the number back. */
public final class IdHasher {
    private final byte[] salt;

    public IdHasher(byte[] salt) {
        this.salt = salt.clone();
    }

    public String hash(IdNumber id) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(salt);
            return HexFormat.of().formatHex(md.digest(id.number().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
