package weightlab;

/**
 * What every layer has, as Keras' base Layer: a name, a trainable flag (false = frozen: fit
 * leaves its parameters alone), and a built state (no weights before build).
 */
abstract class BaseLayer implements Layer {
    private final String defaultName;
    private String name;
    private boolean trainable = true;

    BaseLayer(String defaultName) {
        this.defaultName = defaultName;
        this.name = defaultName;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Layer name(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank, got \"" + name + "\"");
        }
        this.name = name;
        return this;
    }

    /** True while the layer still carries its default name ("dense"), which a Sequential may number. */
    boolean hasDefaultName() {
        return name.equals(defaultName);
    }

    @Override
    public void setTrainable(boolean trainable) {
        this.trainable = trainable;
        for (Parameter p : parameters()) {
            p.setTrainable(trainable);
        }
    }

    @Override
    public boolean isTrainable() {
        return trainable;
    }

    void requireBuilt() {
        if (!isBuilt()) {
            throw new IllegalStateException(name + " is not built yet: call build(inputSize, rng) or add it to a "
                    + "Sequential and fit/build; the number of inputs decides the kernel's shape");
        }
    }

    void requireNotBuilt(String what) {
        if (isBuilt()) {
            throw new IllegalStateException(what + " must be set before " + name
                    + " is built: it only decides how the weights start");
        }
    }
}
