package weightlab;

import java.util.function.DoubleUnaryOperator;

/** An activation applied to each pre-activation on its own: the pair {g, g'} of two formulas. */
final class ElementwiseActivation implements Activation {
    private final String name;
    private final String description;
    private final DoubleUnaryOperator value;
    private final DoubleUnaryOperator derivative;

    ElementwiseActivation(String name, DoubleUnaryOperator value, DoubleUnaryOperator derivative) {
        this(name, name, value, derivative);
    }

    ElementwiseActivation(String name, String description, DoubleUnaryOperator value, DoubleUnaryOperator derivative) {
        this.name = name;
        this.description = description;
        this.value = value;
        this.derivative = derivative;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double value(double z) {
        return value.applyAsDouble(z);
    }

    @Override
    public double derivative(double z) {
        return derivative.applyAsDouble(z);
    }

    /** "sigmoid", or "leaky_relu(slope=0.01)". */
    @Override
    public String toString() {
        return description;
    }
}
