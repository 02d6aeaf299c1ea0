package digits.data;

import digits.check.Check;
import digits.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Downloads the four MNIST files into a cache folder, for a copy of the project without {@code data/mnist}.
 * Nothing is downloaded unless asked: {@link Mnist#load()} never touches the network; {@link Mnist#loadOrDownload()}
 * and {@link #download()} do.
 *
 * <pre>{@code
 * Path folder = MnistDownloader.defaults().download();   // ~/.cache/digits/mnist
 * Mnist mnist = Mnist.load(folder);
 * }</pre>
 *
 * <p><b>Safety.</b> Mirrors must use HTTPS (plain {@code http://} is accepted only for a loopback host such as
 * 127.0.0.1, which is what the tests use), and so must every redirect. Each {@code .gz} file is checked while it
 * downloads: the body is decompressed on the fly and the SHA-256 of the uncompressed content must equal the
 * official checksum. The bytes go to a temporary file that is moved into the cache folder in one atomic step
 * only after the check passes ({@link AtomicFiles}), so the cache never holds a partial or wrong file.
 *
 * <p><b>Failures.</b> Each file is tried on every mirror in turn, for {@code attempts} rounds with a doubling
 * pause between rounds; a mirror that answers 404 is not asked again for that file. Connect and read timeouts
 * apply to every connection (a stalled transfer fails after the read timeout). If every try fails, the
 * {@link MnistDataException} names every URL tried and why each failed.
 */
public final class MnistDownloader {

    /** Public mirrors of the original MNIST {@code .gz} files, tried in this order. */
    public static final List<URI> DEFAULT_MIRRORS = List.of(
            URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
            URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/"));

    /** System property naming the cache folder; the default is {@code ~/.cache/digits/mnist}. */
    public static final String CACHE_PROPERTY = "digits.cache";
    /** Environment variable naming the cache folder, used when the system property is not set. */
    public static final String CACHE_ENV = "DIGITS_CACHE";

    private final List<URI> mirrors;
    private final Path cacheFolder;
    private final int attempts;
    private final Duration backoff;
    private final Map<String, String> expectedSha256;
    private final VerifiedFetch fetch;

    private MnistDownloader(Builder b) {
        this.mirrors = List.copyOf(b.mirrors);
        this.cacheFolder = b.cacheFolder.toAbsolutePath().normalize();
        this.fetch = new VerifiedFetch(b.connectTimeout, b.readTimeout);
        this.attempts = b.attempts;
        this.backoff = b.backoff;
        this.expectedSha256 = Map.copyOf(b.expectedSha256);
    }

    /** @return a downloader with the default mirrors, cache folder, 10 s timeouts and 3 rounds of tries */
    public static MnistDownloader defaults() {
        return builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The default cache folder: the system property {@value #CACHE_PROPERTY}, else the environment variable
     * {@value #CACHE_ENV}, else {@code ~/.cache/digits/mnist}.
     *
     * @return the folder (it may not exist yet)
     */
    public static Path defaultCacheFolder() {
        String configured = System.getProperty(CACHE_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(CACHE_ENV);
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "digits", "mnist");
    }

    /** @return the folder the files are downloaded into */
    public Path cacheFolder() {
        return cacheFolder;
    }

    /** @return the mirrors, in the order they are tried */
    public List<URI> mirrors() {
        return mirrors;
    }

    /**
     * Makes sure the cache folder holds every MNIST file, verified: files already there with the right checksum
     * are kept, others are downloaded.
     *
     * @return the cache folder, ready for {@link Mnist#load(Path)}
     * @throws MnistDataException if a file cannot be downloaded from any mirror; the message lists every try
     */
    public Path download() {
        for (String name : expectedSha256.keySet().stream().sorted().toList()) {
            Path target = cacheFolder.resolve(name + ".gz");
            if (!isVerified(target, expectedSha256.get(name))) {
                downloadFile(name, target);
            }
        }
        return cacheFolder;
    }

    private boolean isVerified(Path file, String sha256) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return Sha256.same(sha256, Sha256.of(in));
        } catch (IOException e) {
            return false; // damaged: download it again
        }
    }

    private void downloadFile(String name, Path target) {
        List<String> tried = new ArrayList<>();
        Map<URI, Boolean> gone = new LinkedHashMap<>(); // mirrors that answered 404 for this file
        for (int round = 1; round <= attempts; round++) {
            if (round > 1) {
                pause(backoff.multipliedBy(1L << Math.min(round - 2, 10)));
            }
            for (URI mirror : mirrors) {
                if (gone.containsKey(mirror)) {
                    continue;
                }
                URI url = mirror.resolve(name + ".gz");
                try {
                    AtomicFiles.write(target, out -> fetch.into(url, expectedSha256.get(name), out));
                    return;
                } catch (VerifiedFetch.NotFound e) {
                    gone.put(mirror, true);
                    tried.add(url + " (try " + round + "): " + e.getMessage());
                } catch (IOException | RuntimeException e) {
                    tried.add(url + " (try " + round + "): " + describe(e));
                }
            }
        }
        throw new MnistDataException("could not download " + name + ".gz into " + target.getParent() + " from any of "
                + mirrors.size() + " mirrors; tried:\n  " + String.join("\n  ", tried)
                + "\nCheck the internet connection, or copy the four MNIST files into " + target.getParent()
                + " or into the project's data/mnist folder.");
    }

    private static String describe(Exception e) {
        if (e instanceof java.net.SocketTimeoutException) {
            return "timed out (" + e.getMessage() + ")";
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return e.getClass() == IOException.class ? message : e.getClass().getSimpleName() + ": " + message;
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MnistDataException("download interrupted", e);
        }
    }

    /** Collects a downloader's settings; every one has a default. */
    public static final class Builder {
        private List<URI> mirrors = DEFAULT_MIRRORS;
        private Path cacheFolder = defaultCacheFolder();
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(10);
        private int attempts = 3;
        private Duration backoff = Duration.ofSeconds(1);
        private Map<String, String> expectedSha256 = Mnist.OFFICIAL_SHA256;

        private Builder() {}

        /**
         * The base addresses to try, in order; each must end in {@code /} and use https (http only for loopback).
         *
         * @throws IllegalArgumentException if the list is empty or a mirror is not https
         */
        public Builder mirrors(List<URI> mirrors) {
            if (mirrors.isEmpty()) {
                throw new IllegalArgumentException("no mirrors: expected at least one https:// address");
            }
            for (URI m : mirrors) {
                try {
                    VerifiedFetch.requireSafe(m);
                } catch (IOException e) {
                    throw new IllegalArgumentException(e.getMessage());
                }
                if (!m.getPath().endsWith("/")) {
                    throw new IllegalArgumentException(
                            "mirror " + m + " must end in / (it is a folder holding the files)");
                }
            }
            this.mirrors = List.copyOf(mirrors);
            return this;
        }

        /** The folder to download into (created as needed). */
        public Builder cacheFolder(Path folder) {
            this.cacheFolder = Objects.requireNonNull(folder, "folder");
            return this;
        }

        /** How long to wait for a connection, and for each read of the body, before a try fails. */
        public Builder timeouts(Duration connect, Duration read) {
            this.connectTimeout = positive(connect, "connect timeout");
            this.readTimeout = positive(read, "read timeout");
            return this;
        }

        /** Rounds over all mirrors, at least 1, and the pause after the first failed round (doubling after each). */
        public Builder attempts(int rounds, Duration backoff) {
            Check.atLeast("rounds", rounds, 1);
            this.attempts = rounds;
            this.backoff = Objects.requireNonNull(backoff, "backoff");
            return this;
        }

        /** For tests: other files and checksums (of the uncompressed content) than the official four. */
        Builder files(Map<String, String> sha256ByName) {
            this.expectedSha256 = Map.copyOf(sha256ByName);
            return this;
        }

        /** @return the downloader */
        public MnistDownloader build() {
            return new MnistDownloader(this);
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero() || d.toMillis() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(what + " " + d + " is out of range: expected a positive duration");
            }
            return d;
        }
    }
}
