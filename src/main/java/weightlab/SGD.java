package weightlab;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stochastic gradient descent, with optional momentum, in the Keras form:
 * <pre>
 *   without momentum:  w ← w − α · ∂L/∂w
 *   with momentum μ:   v ← μ · v − α · ∂L/∂w;   w ← w + v     (v starts at 0)
 * </pre>
 * Worked number: w = 2, ∂L/∂w = 0.5, α = 0.1: w ← 2 − 0.1·0.5 = 1.95. With μ = 0.9 the first step is
 * the same (v = −0.05); if the next gradient is 0.5 again, v = 0.9·(−0.05) − 0.05 = −0.095, w = 1.855.
 * The velocity v of each parameter lives here, one matrix per parameter, made on its first step.
 */
public final class SGD implements Optimizer {
    private final double learningRate;
    private final double momentum;
    private final Map<Parameter, Matrix> velocities = new IdentityHashMap<>();

    /** Plain gradient descent with learning rate α. */
    public SGD(double learningRate) {
        this(learningRate, 0);
    }

    /** Gradient descent with momentum μ in [0, 1] (Keras' range; 0.9 is common). */
    public SGD(double learningRate, double momentum) {
        this.learningRate = Validate.positive("learningRate", learningRate);
        if (!(momentum >= 0 && momentum <= 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1], got " + momentum);
        }
        this.momentum = momentum;
    }

    @Override
    public double learningRate() {
        return learningRate;
    }

    public double momentum() {
        return momentum;
    }

    @Override
    public void step(List<Parameter> parameters) {
        for (int p = 0; p < parameters.size(); p++) {
            Parameter parameter = parameters.get(p);
            if (!parameter.isTrainable()) {
                continue;
            }
            double[] w = parameter.value().data;
            double[] gradient = parameter.gradient().data;
            if (momentum == 0) {
                for (int k = 0; k < w.length; k++) {
                    w[k] -= learningRate * gradient[k];
                }
            } else {
                double[] v = velocity(parameter).data;
                for (int k = 0; k < w.length; k++) {
                    v[k] = momentum * v[k] - learningRate * gradient[k];
                    w[k] += v[k];
                }
            }
        }
    }

    private Matrix velocity(Parameter parameter) {
        Matrix v = velocities.get(parameter);
        if (v == null) {
            v = Matrix.zeros(parameter.value().rows, parameter.value().cols);
            velocities.put(parameter, v);
        }
        return v;
    }

    /** "SGD(learningRate=0.1, momentum=0.9)". */
    @Override
    public String toString() {
        return "SGD(learningRate=" + learningRate + ", momentum=" + momentum + ")";
    }
}
