package org.nd4j.nativeblas;

/**
 * A stand-in, under its old name, for the ND4J class that Deeplearning4j 1.0.0-M2.1 asks whether oneDNN
 * is in use.
 *
 * <p>Why it exists: before creating its fast oneDNN helpers for convolution, pooling and batch
 * normalisation, {@code org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper.mklDnnEnabled()} looks up
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment} by reflection and calls its static {@code getInstance()}
 * and then {@code isUseMKLDNN()}. ND4J M2.1 moved that class to
 * {@code org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment} and renamed the method
 * {@code isUseONEDNN()}, so the look-up fails and every helper is silently dropped. This class answers the
 * old question with the new one. Delete it when Deeplearning4j looks the class up under its new name.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {}

    /** The old {@code Nd4jCpu.Environment}: only the two methods Deeplearning4j calls. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {}

        /** @return the one instance, as the old class had */
        public static Environment getInstance() {
            return INSTANCE;
        }

        /**
         * Whether oneDNN is in use: ND4J's own switch, and a native library built with oneDNN (the
         * switch alone says {@code true} even in the plain build, which has no oneDNN).
         *
         * @return true when Deeplearning4j should use its oneDNN helpers
         */
        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance()
                            .isUseONEDNN()
                    && NativeOpsHolder.getInstance()
                            .getDeviceNativeOps()
                            .buildInfo()
                            .contains("HAVE_ONEDNN");
        }
    }
}
