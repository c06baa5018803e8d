package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class HistoryTest {

    private static History twoEpochs() {
        History history = new History();
        for (double[] epoch : new double[][] {{0.7, 0.5}, {0.3, 0.75}}) {
            Map<String, Double> logs = new LinkedHashMap<>();
            logs.put("loss", epoch[0]);
            logs.put("accuracy", epoch[1]);
            history.append(logs);
        }
        return history;
    }

    @Test
    void historyKeepsOneValuePerEpochPerKey() {
        History history = twoEpochs();
        assertEquals(2, history.epochs());
        assertEquals(List.of("loss", "accuracy"), history.keys());
        assertArrayEquals(new double[] {0.7, 0.3}, history.get("loss"));
        assertEquals(0.75, history.last("accuracy"));
        history.get("loss")[0] = 100;
        assertEquals(0.7, history.get("loss")[0], "get returns a copy");
        assertArrayEquals(new double[] {0.5, 0.75}, history.asMap().get("accuracy"));
    }

    @Test
    void unknownKeyListsTheKnownOnes() {
        assertEquals("no \"val_loss\" in this history: its keys are [loss, accuracy]",
                assertThrows(IllegalArgumentException.class, () -> twoEpochs().get("val_loss")).getMessage());
    }

    @Test
    void tableHasAnEpochColumnAndOneColumnPerKey() {
        Table table = twoEpochs().toTable();
        assertEquals(List.of("epoch", "loss", "accuracy"), table.columnNames());
        assertEquals(2, table.rowCount());
        assertEquals(1, table.intColumn("epoch").get(0));
        assertEquals(0.3, table.doubleColumn("loss").get(1));
        assertEquals("History(epochs=2, loss: 0.7000 → 0.3000, accuracy: 0.5000 → 0.7500)", twoEpochs().toString());
    }
}
