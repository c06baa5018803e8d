/**
 * Checks for exercises: {@link weightlab.check.Check} compares a learner's answer with the
 * expected one, prints "✔ …" when it is right, "Not answered yet: …" while it is still
 * {@link weightlab.check.Check#TODO}, and otherwise throws an {@link java.lang.AssertionError}
 * naming the likely mistake (a recomputed {@link weightlab.check.Mistake}). Ready-made checks:
 * {@link weightlab.check.NeuronCheck} (weighted sum, activation, layer, parameter count, shape) and
 * {@link weightlab.check.TrainingCheck} (gradient step, MSE and its gradient).
 * Everything takes plain numbers and arrays.
 */
package weightlab.check;
