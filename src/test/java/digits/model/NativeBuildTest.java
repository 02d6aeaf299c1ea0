package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class NativeBuildTest {

    private static final Set<String> SKYLAKE_SERVER =
            Set.of("sse4_2", "avx", "avx2", "fma", "avx512f", "avx512cd", "avx512bw", "avx512dq", "avx512vl");
    private static final Set<String> HASWELL = Set.of("sse4_2", "avx", "avx2", "fma");
    private static final Set<String> SANDY_BRIDGE = Set.of("sse4_2", "avx");

    private static final Predicate<NativeBuild.Build> ALL_THREE = build -> true;
    private static final Predicate<NativeBuild.Build> AVX2_ONLY =
            build -> build.extension().equals("-onednn-avx2");

    private static String chosen(Set<String> flags, Predicate<NativeBuild.Build> shipped) {
        var properties = new Properties();
        String extension = NativeBuild.choose(properties, flags, shipped).extension();
        assertEquals(extension, properties.getProperty(NativeBuild.EXTENSION));
        return extension;
    }

    @Test
    void eachProcessorGetsTheFastestBuildItRuns() {
        assertEquals("-onednn-avx512", chosen(SKYLAKE_SERVER, ALL_THREE));
        assertEquals("-onednn-avx2", chosen(HASWELL, ALL_THREE));
        assertEquals("", chosen(SANDY_BRIDGE, ALL_THREE));
    }

    @Test
    void withTheDefaultBuildAvx512ProcessorsFallBackToAvx2() {
        assertEquals("-onednn-avx2", chosen(SKYLAKE_SERVER, AVX2_ONLY));
        assertEquals("-onednn-avx2", chosen(HASWELL, AVX2_ONLY));
    }

    @Test
    void anAvx512ProcessorWithoutAllTheExtensionsTheBuildUsesGetsAvx2() {
        var knightsLanding = Set.of("avx", "avx2", "fma", "avx512f", "avx512cd", "avx512er", "avx512pf");
        assertEquals("-onednn-avx2", chosen(knightsLanding, ALL_THREE));
    }

    @Test
    void aProcessorNoShippedBuildRunsOnGetsAClearError() {
        var error = assertThrows(IllegalStateException.class, () -> chosen(SANDY_BRIDGE, AVX2_ONLY));
        assertTrue(error.getMessage().contains("linux-x86_64-onednn-avx2"), error.getMessage());
        assertTrue(error.getMessage().contains("avx2"), error.getMessage());
        assertTrue(error.getMessage().contains("mvn package -Dnd4j.plain"), error.getMessage());
    }

    @Test
    void readsTheFlagsOfTheFirstProcessor() {
        var cpuInfo = List.of(
                "processor\t: 0",
                "model name\t: AMD EPYC",
                "flags\t\t: fpu sse4_2 avx avx2 fma",
                "",
                "processor\t: 1",
                "flags\t\t: fpu");
        assertEquals(Set.of("fpu", "sse4_2", "avx", "avx2", "fma"), NativeBuild.cpuFlags(cpuInfo));
        assertEquals(Set.of(), NativeBuild.cpuFlags(List.of("processor\t: 0")));
    }

    @Test
    void nd4jLoadsTheBuildChosenForThisProcessor() {
        assumeTrue(
                System.getProperty("os.name").equals("Linux")
                        && System.getProperty("os.arch").equals("amd64"),
                "the choice is made on x86-64 Linux only");
        OneDnn.allowHelpers();
        Nd4j.create(new float[] {1, 2, 3}).sumNumber();
        String expected = NativeBuild.BUILDS.stream()
                .filter(build -> NativeBuild.cpuFlags().containsAll(build.needs()))
                .filter(build -> NativeBuildTest.class
                                .getClassLoader()
                                .getResource(
                                        "org/nd4j/linalg/cpu/nativecpu/bindings/" + build.name() + "/libjnind4jcpu.so")
                        != null)
                .findFirst()
                .orElseThrow()
                .name();
        String loaded = NativeBuild.loaded().orElseThrow();
        System.out.println("ND4J loaded its " + loaded + " native build on this processor");
        assertEquals(expected, loaded);
    }
}
