package weightlab.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Rows of numbers drawn as small pictures in a grid: input images (ink on paper) or the weights of
 * a layer (blue − / white 0 / red +). Drawn by hand with Java2D, in the same size and fonts as the
 * XChart charts; each value becomes one square "pixel", scaled with nearest-neighbour so that
 * pixels stay sharp.
 */
final class ImageGrids {

    /** More pictures than this would be smaller than their own pixels in a 640 × 400 image. */
    static final int MAX_IMAGES = 400;
    private static final int MARGIN = 16;
    private static final int GAP = 6;
    private static final int CAPTION = 14;
    private static final int COLOR_BAR = 40;

    private ImageGrids() {
    }

    /**
     * Draws the grid.
     *
     * @param diverging true: symmetric blue–white–red scale [−m, m] with m = max |value| over all
     *                  pictures, and a colour bar; false: ink, 0 = white, 1 = black
     * @param captions  one per picture, or null
     */
    static BufferedImage grid(String title, double[][] images, int width, int height, int columns,
                              List<String> captions, boolean diverging) {
        check(images, width, height, columns, captions);
        int rows = (images.length + columns - 1) / columns;
        int captionHeight = captions == null ? 0 : CAPTION;
        BufferedImage canvas = Theme.blank(Theme.WIDTH, Theme.HEIGHT);
        Graphics2D g = Theme.graphics(canvas);
        int top = Theme.drawTitle(g, title, Theme.WIDTH);
        int bottom = Theme.HEIGHT - MARGIN - (diverging ? COLOR_BAR : 0);
        double scale = Math.min(
                (Theme.WIDTH - 2.0 * MARGIN - (columns - 1) * GAP) / (columns * (double) width),
                (bottom - top - (rows - 1.0) * GAP - rows * captionHeight) / (rows * (double) height));
        int tileWidth = Math.max(1, (int) (scale * width));
        int tileHeight = Math.max(1, (int) (scale * height));
        int left = (Theme.WIDTH - columns * tileWidth - (columns - 1) * GAP) / 2;
        int gridHeight = rows * (tileHeight + captionHeight) + (rows - 1) * GAP;
        top += Math.max(0, (bottom - top - gridHeight) / 2); // centre the grid vertically
        double extreme = maxAbs(images);     // diverging: one symmetric scale [−m, m] for all pictures
        double low = Math.min(0, min(images)); // ink: [0, 1] unless the values go beyond
        double high = Math.max(1, extreme);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        for (int k = 0; k < images.length; k++) {
            int x = left + (k % columns) * (tileWidth + GAP);
            int y = top + (k / columns) * (tileHeight + GAP + captionHeight);
            BufferedImage tile = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int p = 0; p < width * height; p++) {
                double v = images[k][p];
                int rgb = diverging
                        ? ColorMap.DIVERGING.rgb(extreme == 0 ? 0.5 : 0.5 + 0.5 * v / extreme)
                        : ColorMap.INK.rgb((v - low) / (high - low));
                tile.setRGB(p % width, p / width, rgb);
            }
            g.drawImage(tile, x, y, tileWidth, tileHeight, null);
            g.setColor(Theme.BORDER);
            g.drawRect(x - 1, y - 1, tileWidth + 1, tileHeight + 1);
            if (captions != null) {
                drawCaption(g, captions.get(k), x, y + tileHeight + 1, tileWidth + GAP);
            }
        }
        if (diverging) {
            drawColorBar(g, extreme, Theme.HEIGHT - MARGIN - COLOR_BAR + 10);
        }
        g.dispose();
        return canvas;
    }

    private static double min(double[][] images) {
        double min = Double.POSITIVE_INFINITY;
        for (double[] image : images) {
            for (double v : image) {
                min = Math.min(min, v);
            }
        }
        return min;
    }

    private static double maxAbs(double[][] images) {
        double max = 0;
        for (double[] image : images) {
            for (double v : image) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

    private static void drawCaption(Graphics2D g, String caption, int x, int y, int room) {
        g.setFont(Theme.SMALL);
        g.setColor(Theme.TEXT);
        FontMetrics metrics = g.getFontMetrics();
        String text = caption == null ? "" : caption;
        while (text.length() > 1 && metrics.stringWidth(text) > room) {
            text = text.substring(0, text.length() - 2) + "…";
        }
        int centre = x + (room - GAP) / 2;
        g.drawString(text, centre - metrics.stringWidth(text) / 2, y + metrics.getAscent());
    }

    /** A horizontal bar from −m (blue) through 0 (white) to +m (red), with its three numbers. */
    private static void drawColorBar(Graphics2D g, double extreme, int y) {
        int barWidth = 240;
        int x = (Theme.WIDTH - barWidth) / 2;
        for (int i = 0; i < barWidth; i++) {
            g.setColor(ColorMap.DIVERGING.color(i / (barWidth - 1.0)));
            g.fillRect(x + i, y, 1, 10);
        }
        g.setColor(Theme.BORDER);
        g.drawRect(x - 1, y - 1, barWidth + 1, 11);
        g.setFont(Theme.TICK);
        g.setColor(Theme.TEXT);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString("negative", x - 8 - metrics.stringWidth("negative"), y + 10);
        g.drawString(extreme == 0 ? "positive (all values are 0)" : "positive", x + barWidth + 8, y + 10);
        int baseline = y + 12 + metrics.getAscent();
        String low = extreme == 0 ? "0" : "−" + Theme.number(extreme);
        String high = extreme == 0 ? "0" : "+" + Theme.number(extreme);
        g.drawString(low, x - metrics.stringWidth(low) / 2, baseline);
        g.drawString("0", x + barWidth / 2 - metrics.stringWidth("0") / 2, baseline);
        g.drawString(high, x + barWidth - metrics.stringWidth(high) / 2, baseline);
    }

    private static void check(double[][] images, int width, int height, int columns, List<String> captions) {
        Inputs.positive("width", width);
        Inputs.positive("height", height);
        Inputs.positive("columns", columns);
        if (images == null || images.length == 0) {
            throw new IllegalArgumentException("images must hold at least one picture (one row of width × height"
                    + " values), got " + (images == null ? "null" : "none"));
        }
        if (images.length > MAX_IMAGES) {
            throw new IllegalArgumentException("at most " + MAX_IMAGES + " pictures fit in one chart, got "
                    + images.length + ": pass a few rows, e.g. data.first(25).x()");
        }
        for (int k = 0; k < images.length; k++) {
            Inputs.series("images[" + k + "]", images[k]);
            if (images[k].length != width * height) {
                throw new IllegalArgumentException("images[" + k + "] has " + images[k].length + " values but a "
                        + width + " × " + height + " picture needs " + (width * height));
            }
        }
        if (captions != null && captions.size() != images.length) {
            throw new IllegalArgumentException("captions has " + captions.size() + " entries but there are "
                    + images.length + " pictures: give one caption per picture (or null for none)");
        }
    }
}
