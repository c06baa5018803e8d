/**
 * Weightlab: the weights and the bias of a neural network, exactly.
 */
package weightlab;
