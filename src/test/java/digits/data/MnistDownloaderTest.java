package digits.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The downloader against a real HTTP server on 127.0.0.1, started by the test: good files (the real
 * t10k-labels .gz from data/mnist, checked against the official checksum), a truncated body, a corrupt body, a
 * stalled connection, a 404 and redirects. Nothing here touches the internet.
 */
class MnistDownloaderTest {

    private static final String LABELS = Mnist.TEST_LABELS;
    private static final Map<String, String> OFFICIAL_LABELS = Map.of(LABELS, Mnist.OFFICIAL_SHA256.get(LABELS));

    @TempDir
    Path dir;

    private HttpServer server;
    private ExecutorService threads;
    private final CountDownLatch endOfTest = new CountDownLatch(1);
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private byte[] good;

    @BeforeEach
    void startServer() throws IOException {
        good = Files.readAllBytes(
                Mnist.locate(Path.of("").toAbsolutePath(), null).resolve(LABELS + ".gz"));
        byte[] content = TestFiles.gzip(new byte[0]);
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(good))) {
            byte[] labels = in.readAllBytes();
            labels[100] = (byte) ((labels[100] + 1) % 10); // one label changed: a valid gzip, the wrong content
            content = TestFiles.gzip(labels);
        }
        byte[] corrupt = content;

        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        threads = Executors.newCachedThreadPool();
        server.setExecutor(threads);
        serve("/good/", ex -> send(ex, 200, good, good.length));
        serve("/truncated/", ex -> send(ex, 200, Arrays.copyOf(good, good.length / 2), good.length));
        serve("/corrupt/", ex -> send(ex, 200, corrupt, corrupt.length));
        serve("/missing/", ex -> send(ex, 404, "no such file".getBytes(), 12));
        serve("/moved/", ex -> {
            ex.getResponseHeaders().add("Location", "/good/" + fileName(ex));
            send(ex, 302, new byte[0], -1);
        });
        serve("/downgrade/", ex -> {
            ex.getResponseHeaders().add("Location", "http://example.com/mnist/" + fileName(ex));
            send(ex, 302, new byte[0], -1);
        });
        serve("/stalled/", ex -> {
            ex.sendResponseHeaders(200, good.length);
            OutputStream out = ex.getResponseBody();
            out.write(good, 0, 100);
            out.flush();
            try {
                endOfTest.await(30, TimeUnit.SECONDS); // says nothing more until the test is over
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        endOfTest.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void serve(String path, Handler handler) {
        server.createContext(path, exchange -> {
            requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            try {
                handler.handle(exchange);
            } catch (IOException e) {
                exchange.close(); // a truncated body ends like this: the connection just closes
            }
        });
    }

    private static String fileName(HttpExchange ex) {
        String path = ex.getRequestURI().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void send(HttpExchange ex, int status, byte[] body, long declaredLength) throws IOException {
        ex.sendResponseHeaders(status, declaredLength < 0 ? -1 : declaredLength);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private URI mirror(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private MnistDownloader.Builder downloader(String... paths) {
        return MnistDownloader.builder()
                .mirrors(Arrays.stream(paths).map(this::mirror).toList())
                .cacheFolder(dir.resolve("cache"))
                .timeouts(Duration.ofSeconds(2), Duration.ofMillis(500))
                .attempts(1, Duration.ofMillis(10))
                .files(OFFICIAL_LABELS);
    }

    private List<String> cacheFiles() {
        try (var files = Files.list(dir.resolve("cache"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int requests(String path) {
        AtomicInteger n = requests.get(path);
        return n == null ? 0 : n.get();
    }

    @Test
    void goodFileArrivesVerifiedAndIsNotFetchedTwice() throws IOException {
        Path folder = downloader("/good/").build().download();
        assertEquals(dir.resolve("cache"), folder);
        assertArrayEquals(good, Files.readAllBytes(folder.resolve(LABELS + ".gz")));
        assertEquals(
                Mnist.OFFICIAL_SHA256.get(LABELS),
                IdxFile.read(folder.resolve(LABELS + ".gz")).sha256());

        downloader("/good/").build().download();
        assertEquals(1, requests("/good/"), "a verified file in the cache is not downloaded again");
        assertEquals(List.of(LABELS + ".gz"), cacheFiles());
    }

    @Test
    void everyBadMirrorIsPassedOverUntilAGoodOne() throws IOException {
        Path folder = downloader("/missing/", "/truncated/", "/corrupt/", "/stalled/", "/good/")
                .build()
                .download();
        assertArrayEquals(good, Files.readAllBytes(folder.resolve(LABELS + ".gz")));
        assertEquals(List.of(LABELS + ".gz"), cacheFiles(), "no temporary files left behind");
        for (String path : List.of("/missing/", "/truncated/", "/corrupt/", "/stalled/", "/good/")) {
            assertEquals(1, requests(path), path);
        }
    }

    @Test
    void failureNamesEveryMirrorAndWhyAndLeavesNothingBehind() {
        MnistDownloader d = downloader("/missing/", "/truncated/", "/corrupt/", "/stalled/", "/downgrade/")
                .attempts(2, Duration.ofMillis(10))
                .build();
        MnistDataException e = assertThrows(MnistDataException.class, d::download);
        String m = e.getMessage();
        assertTrue(
                m.startsWith(
                        "could not download " + LABELS + ".gz into " + dir.resolve("cache") + " from any of 5 mirrors"),
                m);
        assertTrue(m.contains(mirror("/missing/") + LABELS + ".gz (try 1): HTTP 404 Not Found"), m);
        assertTrue(m.contains(mirror("/truncated/") + LABELS + ".gz (try 1): "), m);
        assertTrue(
                m.contains(mirror("/corrupt/") + LABELS + ".gz (try 2): checksum mismatch: expected SHA-256 "
                        + Mnist.OFFICIAL_SHA256.get(LABELS)),
                m);
        assertTrue(m.contains(mirror("/stalled/") + LABELS + ".gz (try 2): timed out"), m);
        assertTrue(m.contains(mirror("/downgrade/") + LABELS + ".gz (try 1): refused http://example.com/mnist/"), m);
        assertFalse(m.contains(mirror("/missing/") + LABELS + ".gz (try 2)"), "a 404 is not asked again: " + m);
        assertEquals(1, requests("/missing/"));
        assertEquals(2, requests("/truncated/"));
        assertEquals(List.of(), cacheFiles(), "nothing unverified becomes visible");
    }

    @Test
    void truncatedBodySaysHowMuchArrived() {
        MnistDataException e = assertThrows(
                MnistDataException.class,
                () -> downloader("/truncated/").build().download());
        assertTrue(e.getMessage().contains("(try 1): "), e.getMessage());
        assertFalse(Files.exists(dir.resolve("cache").resolve(LABELS + ".gz")));
    }

    @Test
    void redirectOnTheSameServerIsFollowed() throws IOException {
        Path folder = downloader("/moved/").build().download();
        assertArrayEquals(good, Files.readAllBytes(folder.resolve(LABELS + ".gz")));
        assertEquals(1, requests("/moved/"));
        assertEquals(1, requests("/good/"));
    }

    @Test
    void damagedCachedFileIsReplaced() throws IOException {
        Files.createDirectories(dir.resolve("cache"));
        Files.write(dir.resolve("cache").resolve(LABELS + ".gz"), Arrays.copyOf(good, 1000));
        downloader("/good/").build().download();
        assertArrayEquals(good, Files.readAllBytes(dir.resolve("cache").resolve(LABELS + ".gz")));
    }

    @Test
    void wholeMnistFolderDownloadsAndLoads() throws IOException {
        Path source = Files.createDirectories(dir.resolve("served"));
        Map<String, String> sums = TestFiles.tinyMnist(source);
        server.createContext("/tiny/", ex -> {
            byte[] body = Files.readAllBytes(source.resolve(fileName(ex)));
            send(ex, 200, body, body.length);
        });
        Path folder = downloader("/tiny/").files(sums).build().download();
        Mnist mnist = Mnist.load(folder, sums);
        assertEquals(3, mnist.train().size());
        assertEquals(2, mnist.test().size());
    }

    @Test
    void plainHttpMirrorsAreRefusedExceptOnThisMachine() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> MnistDownloader.builder().mirrors(List.of(URI.create("http://example.com/mnist/"))));
        assertEquals(
                "refused http://example.com/mnist/: MNIST mirrors must use https:// (plain http:// only for "
                        + "127.0.0.1, ::1 or localhost)",
                e.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> MnistDownloader.builder().mirrors(List.of(URI.create("ftp://127.0.0.1/mnist/"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> MnistDownloader.builder().mirrors(List.of(URI.create("https://example.com/no-slash"))));
        MnistDownloader.builder().mirrors(List.of(URI.create("http://localhost:8080/mnist/"))); // allowed
        assertTrue(MnistDownloader.DEFAULT_MIRRORS.stream()
                .allMatch(u -> u.getScheme().equals("https")));
    }

    @Test
    void defaultCacheFolderIsUnderTheUserCache() {
        if (System.getProperty(MnistDownloader.CACHE_PROPERTY) == null
                && System.getenv(MnistDownloader.CACHE_ENV) == null) {
            assertEquals(
                    Path.of(System.getProperty("user.home"), ".cache", "digits", "mnist"),
                    MnistDownloader.defaultCacheFolder());
        }
    }

    @Test
    void loadSaysHowToDownload() {
        assertTrue(Mnist.HOW_TO_GET_DATA.contains("Mnist.loadOrDownload()"), Mnist.HOW_TO_GET_DATA);
    }
}
