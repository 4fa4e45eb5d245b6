package io.backstop.app.results.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The CSV reader and writer: what is written reads back cell for cell, and the rows are numbered as shown. */
class CsvTableTest {

    @Provide
    Arbitrary<String> cells() {
        // commas, semicolons, quotes, line breaks, apostrophes before formula signs, Cyrillic, blanks
        return Arbitraries.strings().withChars("ab ,;\"'\r\n=+-@\tыё1").ofMaxLength(8);
    }

    @Property(tries = 500)
    void whatIsWrittenReadsBackCellForCell(@ForAll("cells") String a, @ForAll("cells") String b,
                                           @ForAll @IntRange(min = 0, max = 4) int rows) {
        List<String> header = List.of("code", "name");
        List<List<String>> written = java.util.stream.IntStream.range(0, rows)
                .mapToObj(i -> List.of(a + i, i % 2 == 0 ? b : a)).toList();
        List<CsvTable.Line> read = CsvTable.parse(CsvTable.write(header, written)).lines();

        assertThat(read).hasSize(rows + 1);
        assertThat(read.get(0).cells()).isEqualTo(header);
        for (int i = 0; i < rows; i++) {
            assertThat(read.get(i + 1).cells()).isEqualTo(written.get(i));
        }
    }

    @Property(tries = 300)
    void rowsAreNumberedAsASpreadsheetShowsThem(@ForAll("cells") String a, @ForAll("cells") String b) {
        String file = CsvTable.write(List.of("x", "y"), List.of(List.of(a, b), List.of("next", "row")));
        List<CsvTable.Line> read = CsvTable.parse(file).lines();
        // a record's number is where it starts: one more than the lines the records before it took
        long breaksInFirst = CsvTable.parse(file).lines().get(1).cells().stream()
                .mapToLong(cell -> cell.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count())
                .sum();
        assertThat(read.get(1).row()).isEqualTo(2);
        assertThat(read.get(2).row()).isEqualTo(3 + breaksInFirst);
    }

    @Test
    void quotedCellsHoldSeparatorsQuotesAndLineBreaks() {
        List<CsvTable.Line> read = CsvTable.parse("code,name\r\nq,\"Answer, \"\"briefly\"\"\nthen long\"\n\nr,x")
                .lines();

        assertThat(read).extracting(CsvTable.Line::row).containsExactly(1, 2, 4, 5);
        assertThat(read.get(1).cells()).containsExactly("q", "Answer, \"briefly\"\nthen long");
        assertThat(read.get(2).blank()).isTrue();
        assertThat(read.get(3).cells()).containsExactly("r", "x");
    }

    @Test
    void aSemicolonFileAndAByteOrderMarkAreRead() {
        List<CsvTable.Line> read = CsvTable.parse("\uFEFFrole;component;weight\r\nMANAGER;output;\"0,35\"\r\n")
                .lines();

        assertThat(read.get(0).cells()).containsExactly("role", "component", "weight");
        assertThat(read.get(1).cells()).containsExactly("MANAGER", "output", "0,35");
    }

    @Test
    void theFormulaGuardIsTakenOffAndPutBack() {
        String file = CsvTable.write(List.of("a", "b"), List.of(List.of("=SUM(A1)", "'-x")));

        assertThat(file).isEqualTo("a,b\r\n'=SUM(A1),''-x\r\n");
        assertThat(CsvTable.parse(file).lines().get(1).cells()).containsExactly("=SUM(A1)", "'-x");
        assertThat(CsvTable.parse("a\r\nit's\r\n").lines().get(1).cells()).containsExactly("it's");
    }

    @Test
    void anOpenQuoteOrTextAfterAClosingQuoteIsNamedWithItsRow() {
        assertThatThrownBy(() -> CsvTable.parse("a,b\nx,y\nz,\"never closed\nmore"))
                .isInstanceOfSatisfying(CsvTable.Malformed.class, e -> {
                    assertThat(e.row()).isEqualTo(3);
                    assertThat(e.problem()).isEqualTo(Problem.QUOTE_OPEN);
                });
        assertThatThrownBy(() -> CsvTable.parse("a,b\n\"x\"y,z"))
                .isInstanceOfSatisfying(CsvTable.Malformed.class, e -> {
                    assertThat(e.row()).isEqualTo(2);
                    assertThat(e.problem()).isEqualTo(Problem.QUOTE_TEXT);
                });
    }

    @Test
    void anEmptyFileHasNoLines() {
        assertThat(CsvTable.parse("").lines()).isEmpty();
        assertThat(CsvTable.parse("a,b").lines()).hasSize(1);
    }
}
