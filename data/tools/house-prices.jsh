// Writes data/house-prices.csv from the seeded synthetic set (run from the repository root):
//   mvn -B -q compile && jshell --class-path target/classes data/tools/house-prices.jsh
import java.nio.file.*;
import weightlab.data.*;

Dataset houses = Synthetic.housePrices(50, 20.0, 2024);
StringBuilder csv = new StringBuilder("size,price\n");
for (int i = 0; i < houses.size(); i++) {
    csv.append(String.format(java.util.Locale.ROOT, "%.3f,%.1f\n", houses.x()[i][0], houses.y()[i][0]));
}
Files.writeString(Path.of("data/house-prices.csv"), csv.toString());
System.out.println("wrote data/house-prices.csv: " + houses.size() + " houses");
/exit
