package digits.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * One download of one MNIST file from one mirror, safely: HTTPS only (plain HTTP only to this machine), every
 * redirect checked, connect and read timeouts, the body decompressed on the fly and its SHA-256 compared with the
 * official checksum while it is copied out. {@link MnistDownloader} decides which mirror to ask and when.
 */
final class VerifiedFetch {

    private static final int MAX_REDIRECTS = 5;

    private final Duration connectTimeout;
    private final Duration readTimeout;

    VerifiedFetch(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    /** Streams one .gz file into {@code out}, checking the SHA-256 of its uncompressed content on the way. */
    void into(URI url, String sha256, OutputStream out) throws IOException {
        HttpURLConnection connection = open(url);
        try (InputStream body = connection.getInputStream()) {
            long declared = connection.getContentLengthLong();
            CopyingInputStream copy = new CopyingInputStream(body, out);
            MessageDigest digest = Sha256.digest();
            try (InputStream content = Sha256.digesting(new GZIPInputStream(copy, 1 << 16), digest)) {
                content.transferTo(OutputStream.nullOutputStream());
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                throw new IOException(
                        "not a complete gzip file after " + copy.count + " bytes"
                                + (declared >= 0 ? " of " + declared : "") + " (" + e.getMessage() + ")",
                        e);
            }
            copy.drain();
            if (declared >= 0 && copy.count != declared) {
                throw new IOException("received " + copy.count + " bytes, the server announced " + declared);
            }
            String found = Sha256.hex(digest);
            if (!Sha256.same(sha256, found)) {
                throw new IOException(
                        "checksum mismatch: expected SHA-256 " + sha256 + " of the uncompressed file, found " + found);
            }
        } finally {
            connection.disconnect();
        }
    }

    /** Opens a connection, following redirects by hand so that each target is checked to be HTTPS. */
    private HttpURLConnection open(URI url) throws IOException {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            requireSafe(current);
            HttpURLConnection c = (HttpURLConnection) current.toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
            c.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
            c.setRequestProperty("User-Agent", "digits-mnist-downloader");
            int status = c.getResponseCode();
            if (status == HttpURLConnection.HTTP_OK) {
                return c;
            }
            String location = c.getHeaderField("Location");
            String reason = c.getResponseMessage();
            c.disconnect();
            if (status / 100 == 3 && location != null) {
                try {
                    current = current.resolve(new URI(location));
                } catch (URISyntaxException e) {
                    throw new IOException("redirect to a malformed address: " + location, e);
                }
                continue;
            }
            if (status == HttpURLConnection.HTTP_NOT_FOUND) {
                throw new NotFound("HTTP 404 Not Found");
            }
            throw new IOException("HTTP " + status + (reason == null ? "" : " " + reason));
        }
        throw new IOException("more than " + MAX_REDIRECTS + " redirects");
    }

    /** HTTPS only; plain HTTP only to this machine (loopback), which the tests use. */
    static void requireSafe(URI url) throws IOException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || (scheme.equals("http") && isLoopback(url.getHost()))) {
            return;
        }
        throw new IOException("refused " + url + ": MNIST mirrors must use https:// (plain http:// only for "
                + "127.0.0.1, ::1 or localhost)");
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.startsWith("127.") || h.equals("[::1]") || h.equals("::1");
    }

    /** A 404: the mirror does not have the file, so asking it again is pointless. */
    static final class NotFound extends IOException {
        private static final long serialVersionUID = 1L;

        NotFound(String message) {
            super(message);
        }
    }

    /** Passes the body on to the decompressor and copies every byte read into the temporary file. */
    private static final class CopyingInputStream extends FilterInputStream {
        private final OutputStream copy;
        long count;

        CopyingInputStream(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                copy.write(b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                copy.write(b, off, n);
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // the body is closed by its owner, after drain()
        }

        /** Copies whatever the decompressor left unread (bytes after the gzip trailer). */
        void drain() throws IOException {
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // copied by read
            }
        }
    }
}
