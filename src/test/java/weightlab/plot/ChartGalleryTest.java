package weightlab.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import weightlab.data.Dataset;
import weightlab.data.Digits;
import weightlab.data.FashionMnist;
import weightlab.data.Synthetic;

/**
 * Draws one example of every chart and writes it as PNG, so that a person can look at them:
 * into target/charts, or into the folder named by {@code -Dweightlab.charts=/some/folder}.
 * The examples use made-up numbers and the packaged data sets (no model: charts know none).
 */
class ChartGalleryTest {

    static final Path FOLDER = Path.of(System.getProperty("weightlab.charts", "target/charts"));

    static void save(String name, BufferedImage image) throws IOException {
        Files.createDirectories(FOLDER);
        ImageIO.write(image, "png", FOLDER.resolve(name + ".png").toFile());
    }

    static Map<String, double[]> lossCurves() {
        double[] loss = new double[60];
        double[] validation = new double[60];
        for (int i = 0; i < loss.length; i++) {
            loss[i] = 2.0 * Math.exp(-i / 8.0) + 0.25;
            validation[i] = 2.0 * Math.exp(-i / 10.0) + 0.35 + 0.004 * i;
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("loss", loss);
        series.put("val_loss", validation);
        return series;
    }

    /** Mean squared error of f(x) = w·x + b on ten points of the line y = 200x + 100 plus noise. */
    static double houseLoss(double w, double b) {
        Random rng = new Random(3);
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            double size = 0.5 + 0.3 * i;
            double price = 200 * size + 100 + 20 * rng.nextGaussian();
            double error = w * size + b - price;
            sum += error * error;
        }
        return sum / 10;
    }

    /** Plain gradient descent on houseLoss, by centred differences: the path to draw. */
    static double[][] descentPath(int steps, double learningRate) {
        List<double[]> path = new ArrayList<>();
        double w = 20;
        double b = 380;
        path.add(new double[] {w, b});
        for (int t = 0; t < steps; t++) {
            double h = 1e-4;
            double dw = (houseLoss(w + h, b) - houseLoss(w - h, b)) / (2 * h);
            double db = (houseLoss(w, b + h) - houseLoss(w, b - h)) / (2 * h);
            w -= learningRate * dw;
            b -= learningRate * db;
            path.add(new double[] {w, b});
        }
        return path.toArray(new double[0][]);
    }

    @Test
    void everyChartIsDrawnAtTheStandardSize() throws IOException {
        Map<String, BufferedImage> charts = new LinkedHashMap<>();
        charts.put("line-loss", Charts.line("Loss while training", "epoch", "loss (MSE)", lossCurves()));
        Random rng = new Random(1);
        double[] size = new double[40];
        double[] price = new double[40];
        for (int i = 0; i < size.length; i++) {
            size[i] = 0.5 + 3 * rng.nextDouble();
            price[i] = 200 * size[i] + 100 + 20 * rng.nextGaussian();
        }
        charts.put("scatter-line", Charts.scatterWithLine("House prices", "size (1000 sq ft)", "price ($1000s)",
                size, price, "f(x) = 200x + 100", s -> 200 * s + 100));
        double[] glorot = new double[10_000];
        double[] he = new double[10_000];
        for (int i = 0; i < glorot.length; i++) {
            glorot[i] = (2 * rng.nextDouble() - 1) * Math.sqrt(6.0 / 425);
            he[i] = rng.nextGaussian() * Math.sqrt(2.0 / 400);
        }
        Map<String, double[]> initial = new LinkedHashMap<>();
        initial.put("Glorot uniform", glorot);
        initial.put("He normal", he);
        charts.put("histogram", Charts.histogram("Initial weights of a 400 → 25 layer", "weight", initial, 40));
        double[][] kernel = new double[400][25];
        for (int i = 0; i < 400; i++) {
            for (int j = 0; j < 25; j++) {
                int row = i / 20;
                int col = i % 20;
                kernel[i][j] = 0.1 * Math.sin((row * (j % 5 + 1) + col * (j / 5 + 1)) / 6.0) + 0.02 * rng.nextGaussian();
            }
        }
        charts.put("kernel-images", Charts.kernelImages("25 hidden units of a 400 → 25 layer", kernel, 20, 20, 5));
        charts.put("loss-contour", Charts.lossContour("MSE over (w, b) and the path of gradient descent", "w", "b",
                ChartGalleryTest::houseLoss, 0, 400, -200, 500, descentPath(60, 0.1)));
        double[][] points = new double[200][];
        double[][] classes = new double[200][1];
        for (int i = 0; i < 200; i++) {
            int label = i % 2;
            points[i] = new double[] {(label == 1 ? 1 : -1) + 0.7 * rng.nextGaussian(),
                (label == 1 ? 1 : -1) + 0.7 * rng.nextGaussian()};
            classes[i][0] = label;
        }
        charts.put("decision-regions", Charts.decisionRegions("One sigmoid neuron: p = σ(2x₁ + 1.5x₂ − 0.3)",
                "x₁", "x₂", p -> 1 / (1 + Math.exp(-(2 * p[0] + 1.5 * p[1] - 0.3))), points, classes));
        Dataset fashion = FashionMnist.loadTest().first(20);
        List<String> names = new ArrayList<>();
        for (int label : fashion.labels()) {
            names.add(FashionMnist.CLASS_NAMES.get(label));
        }
        charts.put("pictures-fashion", Charts.pictures("The first 20 Fashion-MNIST test pictures", fashion.x(),
                FashionMnist.WIDTH, FashionMnist.HEIGHT, 10, names));
        charts.put("pictures-digits", Charts.pictures("8 × 8 digits", Digits.load().first(50).x(), 8, 8, 10, null));
        Dataset xor = Synthetic.xor(200, 1);
        charts.put("classes-xor", Charts.classes("XOR: no straight line separates the classes", "x₁", "x₂",
                xor.x(), xor.y()));
        charts.put("side-by-side", Charts.sideBySide(charts.get("line-loss"), charts.get("histogram")));
        for (Map.Entry<String, BufferedImage> chart : charts.entrySet()) {
            save(chart.getKey(), chart.getValue());
            BufferedImage image = chart.getValue();
            int expectedWidth = chart.getKey().equals("side-by-side") ? 2 * Charts.WIDTH : Charts.WIDTH;
            assertEquals(expectedWidth, image.getWidth(), chart.getKey());
            assertEquals(Charts.HEIGHT, image.getHeight(), chart.getKey());
        }
    }
}
