package digits.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.Loader;

/**
 * Picks the fastest of ND4J's native builds that this processor can run, before ND4J loads one.
 *
 * <p>ND4J's native library comes in builds for instruction-set levels: {@code -onednn-avx512} (oneDNN,
 * AVX-512), {@code -onednn-avx2}, and the plain build. Left alone, JavaCPP loads the first build it finds on the
 * class path in its own fixed order, which prefers AVX2 even on a processor with AVX-512, and would load an
 * AVX-512 build on one without it (the JVM then dies of an illegal instruction). So on x86-64 Linux this class
 * reads the processor's flags from {@code /proc/cpuinfo} and sets JavaCPP's
 * {@value #EXTENSION} property to the best build that is both shipped and runnable.
 *
 * <p>The course's build ships the AVX2 build; {@code scripts/start-jupyterlab} adds the AVX-512 build on a
 * processor that has AVX-512 ({@code mvn package -Donednn.avx512}) and the plain build on one without AVX2
 * ({@code -Dnd4j.plain}). A value the user set for the property is kept. Elsewhere (macOS, Windows, ARM) JavaCPP
 * chooses as usual.
 */
public final class NativeBuild {

    /** JavaCPP's system property naming the build to load. */
    static final String EXTENSION = "org.bytedeco.javacpp.platform.extension";

    /** The builds, fastest first, with the processor flags each needs (as /proc/cpuinfo names them). */
    static final List<Build> BUILDS = List.of(
            new Build(
                    "-onednn-avx512", Set.of("avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl", "avx2", "fma")),
            new Build("-onednn-avx2", Set.of("avx2", "fma")),
            new Build("", Set.of()));

    private static final String PLATFORM = "linux-x86_64";
    private static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    /** One native build: its JavaCPP extension and the processor flags it needs. */
    record Build(String extension, Set<String> needs) {

        /** The build's name as its jar's classifier gives it, for example {@code linux-x86_64-onednn-avx2}. */
        String name() {
            return PLATFORM + extension;
        }
    }

    private NativeBuild() {}

    /**
     * Sets {@value #EXTENSION} to the fastest build this processor can run, on x86-64 Linux, unless it is set
     * already; call it before ND4J is first used. Does nothing on other systems.
     *
     * @throws IllegalStateException if no shipped build can run on this processor
     */
    public static synchronized void choose() {
        if (System.getProperty(EXTENSION) != null || !PLATFORM.equals(Loader.getPlatform())) {
            return;
        }
        Set<String> flags = cpuFlags();
        if (flags.isEmpty()) {
            return; // flags unreadable: leave the choice to JavaCPP
        }
        choose(System.getProperties(), flags, NativeBuild::isShipped);
    }

    /** Chooses among the builds for which {@code shipped} is true, by {@code flags}; sets the property in {@code properties}. */
    static Build choose(Properties properties, Set<String> flags, Predicate<Build> shipped) {
        Optional<Build> best = BUILDS.stream()
                .filter(build -> flags.containsAll(build.needs()) && shipped.test(build))
                .findFirst();
        if (best.isEmpty()) {
            String present = BUILDS.stream().filter(shipped).map(Build::name).collect(Collectors.joining(", "));
            throw new IllegalStateException("None of ND4J's native builds on the class path (" + present
                    + ") runs on this processor: it lacks " + missing(flags) + " (from " + CPU_INFO + "). "
                    + "Build the course with ND4J's plain native build: mvn package -Dnd4j.plain");
        }
        properties.setProperty(EXTENSION, best.get().extension());
        return best.get();
    }

    /** The name of the native build ND4J loaded, for example {@code linux-x86_64-onednn-avx2}; empty before it loaded one. */
    public static Optional<String> loaded() {
        String path = Loader.getLoadedLibraries().get("jnind4jcpu");
        if (path == null) {
            return Optional.empty();
        }
        Path folder = Path.of(path).getParent();
        return Optional.ofNullable(folder).map(f -> f.getFileName().toString());
    }

    private static String missing(Set<String> flags) {
        return BUILDS.stream()
                .flatMap(build -> build.needs().stream())
                .filter(flag -> !flags.contains(flag))
                .distinct()
                .sorted()
                .collect(Collectors.joining(", "));
    }

    private static boolean isShipped(Build build) {
        String library =
                "org/nd4j/linalg/cpu/nativecpu/bindings/" + build.name() + "/" + System.mapLibraryName("jnind4jcpu");
        return NativeBuild.class.getClassLoader().getResource(library) != null;
    }

    /** The flags of the first processor listed in /proc/cpuinfo; empty when it cannot be read. */
    static Set<String> cpuFlags() {
        try {
            return cpuFlags(Files.readAllLines(CPU_INFO));
        } catch (IOException | SecurityException e) {
            return Set.of();
        }
    }

    /** The flags on the first {@code flags} line of a /proc/cpuinfo text. */
    static Set<String> cpuFlags(List<String> cpuInfo) {
        return cpuInfo.stream()
                .filter(line -> line.startsWith("flags"))
                .findFirst()
                .map(line -> Arrays.stream(
                                line.substring(line.indexOf(':') + 1).trim().split("\\s+"))
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }
}
