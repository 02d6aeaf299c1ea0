package digits.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class TableHtmlTest {

    @Test
    void writesCaptionHeadersAndGroupedNumbers() {
        Table table = Table.create(
                "counts <per digit>",
                IntColumn.create("digit", 0, 1),
                IntColumn.create("images", 5923, 6742),
                DoubleColumn.create("share", 0.0987, 0.1124));
        String html = TableHtml.of(table);
        assertTrue(html.contains("<caption") && html.contains("counts &lt;per digit&gt;"), html);
        assertTrue(html.contains(">images</th>"), html);
        assertTrue(html.contains(">5,923</td>") && html.contains(">0.0987</td>"), html);
    }

    @Test
    void escapesText() {
        Table table = Table.create("t", StringColumn.create("name", "<script>&"));
        String html = TableHtml.of(table);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("&lt;script&gt;&amp;"), html);
    }

    @Test
    void longTablesShowTheirEndsAndHowManyRowsAreLeftOut() {
        int[] values = new int[100];
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        String html = TableHtml.of(Table.create("long", IntColumn.create("i", values)));
        assertTrue(html.contains(">0</td>") && html.contains(">99</td>"), html);
        assertTrue(html.contains("60 more rows"), html);
        assertFalse(html.contains(">50</td>"), html);
    }

    @Test
    void plainTextIsAlignedWithTheSameNumbers() {
        Table table = Table.create(
                "counts",
                IntColumn.create("digit", 0, 1),
                IntColumn.create("images", 5923, 6742),
                DoubleColumn.create("share", 0.0987, 0.1124));
        assertEquals("""
                counts
                digit  images   share
                    0   5,923  0.0987
                    1   6,742  0.1124""", TableHtml.text(table));
    }

    @Test
    void everyColumnOfDecimalsHasOneNumberOfPlaces() {
        Table table = Table.create(
                "history",
                DoubleColumn.create("loss", 0.1489, 0.0294),
                DoubleColumn.create("accuracy %", 95.54, 99.1),
                DoubleColumn.create("seconds", 122.31, 1234.5));
        assertEquals("""
                history
                  loss  accuracy %  seconds
                0.1489       95.54    122.3
                0.0294       99.10  1,234.5""", TableHtml.text(table));
    }
}
