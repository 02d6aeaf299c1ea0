package digits.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class FastMaxPoolingTest {

    static {
        OneDnn.allowHelpers();
    }

    private static final LayerWorkspaceMgr NO_WORKSPACES = LayerWorkspaceMgr.noWorkspaces();

    private static NeuralNetConfiguration pooling(int kernel, int stride) {
        var layer = new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                .kernelSize(kernel, kernel)
                .stride(stride, stride)
                .build();
        return new NeuralNetConfiguration.Builder().layer(layer).build();
    }

    private static Layer deeplearning4js(NeuralNetConfiguration conf) {
        return conf.getLayer().instantiate(conf, List.of(), 0, null, false, DataType.FLOAT);
    }

    @Test
    void poolsAndSendsGradientsBackAsDeeplearning4jDoes() {
        for (int[] window : new int[][] {{2, 2}, {3, 2}, {3, 1}}) { // kernel, stride: the last two overlap
            var conf = pooling(window[0], window[1]);
            Nd4j.getRandom().setSeed(11);
            INDArray pictures = Nd4j.rand(DataType.FLOAT, 3, 4, 9, 11);
            Layer expected = deeplearning4js(conf);
            Layer fast = new FastMaxPooling(conf, DataType.FLOAT);
            INDArray expectedOutput = expected.activate(pictures, true, NO_WORKSPACES);
            INDArray output = fast.activate(pictures, true, NO_WORKSPACES);
            assertEquals(expectedOutput, output, "output, window " + window[0] + " step " + window[1]);

            INDArray gradient = Nd4j.rand(DataType.FLOAT, output.shape());
            INDArray expectedBack =
                    expected.backpropGradient(gradient.dup(), NO_WORKSPACES).getSecond();
            INDArray back = fast.backpropGradient(gradient.dup(), NO_WORKSPACES).getSecond();
            NetworkGradients.assertClose("gradient, window " + window[0] + " step " + window[1], expectedBack, back);
        }
    }

    @Test
    void aTiedMaximumGetsTheGradientAtItsFirstPlace() {
        Layer fast = new FastMaxPooling(pooling(2, 2), DataType.FLOAT);
        INDArray picture = Nd4j.create(new float[] {0, 0, 3, 5, 0, 0, 5, 1}, new long[] {1, 1, 2, 4}, 'c');
        assertEquals(
                Nd4j.create(new float[] {0, 5}, new long[] {1, 1, 1, 2}, 'c'),
                fast.activate(picture, true, NO_WORKSPACES));
        INDArray back = fast.backpropGradient(
                        Nd4j.create(new float[] {7, 9}, new long[] {1, 1, 1, 2}, 'c'), NO_WORKSPACES)
                .getSecond();
        assertEquals(Nd4j.create(new float[] {7, 0, 0, 9, 0, 0, 0, 0}, new long[] {1, 1, 2, 4}, 'c'), back);
    }

    @Test
    void outsideTrainingItIsDeeplearning4jsPooling() {
        var conf = pooling(2, 2);
        INDArray pictures = Nd4j.rand(DataType.FLOAT, 2, 3, 8, 8);
        assertEquals(
                deeplearning4js(conf).activate(pictures, false, NO_WORKSPACES),
                new FastMaxPooling(conf, DataType.FLOAT).activate(pictures, false, NO_WORKSPACES));
    }
}
