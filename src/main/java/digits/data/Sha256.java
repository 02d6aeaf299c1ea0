package digits.data;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 checksums as the MNIST files are checked with: of the uncompressed content, as lower-case hex. */
final class Sha256 {

    private Sha256() {}

    /** @return a fresh SHA-256 digest */
    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this Java runtime", e);
        }
    }

    /** @return {@code in}, which feeds everything read through it into {@code digest} */
    static InputStream digesting(InputStream in, MessageDigest digest) {
        return new DigestInputStream(in, digest);
    }

    /** @return the digest's checksum as lower-case hex (the digest is reset) */
    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the checksum of everything left in {@code in}, read to its end */
    static String of(InputStream in) throws IOException {
        MessageDigest digest = digest();
        try (InputStream digesting = digesting(in, digest)) {
            digesting.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return hex(digest);
    }

    /** @return whether the two checksums are the same, ignoring case */
    static boolean same(String expected, String found) {
        return expected != null && expected.equalsIgnoreCase(found);
    }
}
