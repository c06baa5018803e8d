/**
 * Charts as images: {@link weightlab.plot.Charts} draws loss curves, scatter plots with a model's
 * line, histograms, weights as pictures, a loss surface with the path of gradient descent, and the
 * decision regions of a 2-D classifier — each a 640 × 400 {@link java.awt.image.BufferedImage}
 * that a Java notebook shows as PNG. Built on XChart; the contour and region fields are painted
 * under an XChart chart ({@code FieldChart}). Charts take plain arrays and functions, never a
 * model.
 */
package weightlab.plot;
