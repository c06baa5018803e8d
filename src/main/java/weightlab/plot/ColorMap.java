package weightlab.plot;

import java.awt.Color;

/**
 * Colour maps: a number t → a colour, by linear interpolation between a few stops.
 *
 * <p>{@link #DIVERGING} is for signed values such as weights, on a symmetric scale [−m, m]:
 * blue for negative, near-white for 0, red for positive (ColorBrewer RdBu), so that a weight's
 * sign and size can be read at a glance and 0 is always the same white. {@link #SEQUENTIAL} is for
 * values with an order but no sign, such as a loss (light yellow = low … blue = high, ColorBrewer
 * YlGnBu, kept light so that lines drawn on top stay readable). {@link #INK} is for pictures:
 * 0 = white paper, 1 = black ink.
 */
final class ColorMap {

    static final ColorMap DIVERGING = new ColorMap(0x2166AC, 0x92C5DE, 0xF7F7F7, 0xF4A582, 0xB2182B);
    static final ColorMap SEQUENTIAL = new ColorMap(0xFFFFD9, 0xEDF8B1, 0xC7E9B4, 0x7FCDBB, 0x41B6C4, 0x1D91C0);
    static final ColorMap INK = new ColorMap(0xFFFFFF, 0x000000);

    private final int[] stops;

    private ColorMap(int... stops) {
        this.stops = stops;
    }

    /** The colour at t in [0, 1] (clamped) as packed RGB. */
    int rgb(double t) {
        double clamped = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t));
        double position = clamped * (stops.length - 1);
        int low = Math.min((int) position, stops.length - 2);
        double fraction = position - low;
        return mix(stops[low], stops[low + 1], fraction);
    }

    Color color(double t) {
        return new Color(rgb(t));
    }

    /** Linear mix of two packed RGB colours: fraction 0 → a, 1 → b. */
    static int mix(int a, int b, double fraction) {
        int red = channel(a >> 16, b >> 16, fraction);
        int green = channel(a >> 8, b >> 8, fraction);
        int blue = channel(a, b, fraction);
        return (red << 16) | (green << 8) | blue;
    }

    private static int channel(int a, int b, double fraction) {
        int from = a & 0xFF;
        int to = b & 0xFF;
        return (int) Math.round(from + (to - from) * fraction);
    }
}
