/**
 * Weightlab: the weights and the bias of a neural network, exactly.
 *
 * <p>One Java name per symbol, used everywhere:
 * <pre>
 *   x        input batch, examples × inputs (row i is example i)
 *   W        kernel (weights), inputs × units: W[i][j] connects input i to unit j
 *   b        bias, one per unit
 *   z        preActivation = x · W + b, examples × units
 *   a, ŷ     activation / output = g(z)
 *   y        targets, examples × outputs
 *   L        loss, a mean over the batch (plus regularization penalties)
 *   δ        delta = ∂L/∂z, examples × units
 *   α        learningRate
 *   μ        momentum
 *   λ        l1Strength, l2Strength
 *   ε        epsilon (finite differences; Keras' clipping constant 1e−7)
 * </pre>
 *
 * <p>Ground: {@link weightlab.Matrix} (products in one kernel class), {@link weightlab.Activation},
 * {@link weightlab.Initializer}, {@link weightlab.Parameter}. Formulas: {@link weightlab.Neuron},
 * {@link weightlab.Dense}, {@link weightlab.Loss}. Updates: {@link weightlab.SGD},
 * {@link weightlab.Regularizer}. Model: {@link weightlab.Sequential}, {@link weightlab.History}.
 * Using a model: {@link weightlab.GradientCheck}, {@link weightlab.WeightsFile}.
 */
package weightlab;
