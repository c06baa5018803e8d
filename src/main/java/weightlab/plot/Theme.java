package weightlab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The one look of every Weightlab chart: size, fonts, colours, and how a chart becomes pixels.
 *
 * <p>Fonts are the logical "SansSerif" family, which Java maps to DejaVu Sans on Debian/Ubuntu
 * (package fonts-dejavu-core): present in Binder and CI alike, so a chart is drawn with the same
 * glyphs everywhere. Series colours are the Okabe–Ito palette, readable with colour blindness.
 * Numbers on axes use {@link Locale#ROOT} (decimal point), whatever the machine's locale.
 */
final class Theme {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color GRID = new Color(0xE3, 0xE3, 0xE3);
    static final Color BORDER = new Color(0x99, 0x99, 0x99);
    static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    /** Okabe–Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, black, yellow. */
    static final Color[] SERIES = {
        new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
        new Color(0xD5, 0x5E, 0x00), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
        new Color(0x00, 0x00, 0x00), new Color(0xF0, 0xE4, 0x42)};

    /** Marker shapes in series order, so that series differ in shape as well as colour. */
    static final Marker[] MARKERS = {SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS, SeriesMarkers.OVAL,
        SeriesMarkers.RECTANGLE};

    private Theme() {
    }

    /** An XY chart (lines, scatter, steps) of the standard size, styled. */
    static XYChart xyChart(String title, String xLabel, String yLabel) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(text(title)).xAxisTitle(text(xLabel)).yAxisTitle(text(yLabel)).build();
        XYStyler styler = chart.getStyler();
        styler.setLocale(Locale.ROOT);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setChartFontColor(TEXT);
        styler.setChartTitleFont(TITLE);
        styler.setChartTitleVisible(!text(title).isEmpty());
        styler.setChartTitleBoxVisible(false);
        styler.setChartPadding(12);
        styler.setAxisTitleFont(LABEL);
        styler.setAxisTickLabelsFont(TICK);
        styler.setAxisTickLabelsColor(TEXT);
        styler.setAxisTicksLineVisible(false);
        styler.setAxisTicksMarksVisible(false);
        styler.setXAxisTickMarkSpacingHint(90);
        styler.setYAxisTickMarkSpacingHint(60);
        styler.setPlotBorderColor(BORDER);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setLegendFont(LEGEND);
        styler.setLegendBorderColor(BORDER);
        styler.setLegendBackgroundColor(new Color(255, 255, 255, 230));
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setSeriesColors(SERIES);
        styler.setSeriesMarkers(MARKERS);
        styler.setSeriesLines(new BasicStroke[] {new BasicStroke(2f)});
        styler.setMarkerSize(6);
        styler.setAntiAlias(true);
        return chart;
    }

    /** Paints an XChart chart on a fresh white image of the standard size. */
    static BufferedImage render(Chart<?, ?> chart) {
        BufferedImage image = blank(WIDTH, HEIGHT);
        Graphics2D g = graphics(image);
        chart.paint(g, WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    /** A white RGB image (no alpha: a PNG without transparency looks the same on dark pages). */
    static BufferedImage blank(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Graphics with the same anti-aliasing hints XChart uses, for charts drawn by hand. */
    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** Draws the title centred at the top, where XChart puts it; returns the y below it. */
    static int drawTitle(Graphics2D g, String title, int width) {
        g.setFont(TITLE);
        g.setColor(TEXT);
        FontMetrics metrics = g.getFontMetrics();
        int top = 12;
        if (!text(title).isEmpty()) {
            g.drawString(title, (width - metrics.stringWidth(title)) / 2, top + metrics.getAscent());
            top += metrics.getHeight() + 8;
        }
        return top;
    }

    static String text(String maybeNull) {
        return maybeNull == null ? "" : maybeNull;
    }

    /** A compact label for a number: 0.0312, 1.5, 250, 1.2e+06; 3 significant digits. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        if (magnitude >= 1e6 || magnitude < 1e-3) {
            return String.format(Locale.ROOT, "%.2g", value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
