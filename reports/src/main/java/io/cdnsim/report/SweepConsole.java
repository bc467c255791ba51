package io.cdnsim.report;

import io.cdnsim.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished sweep on the console: one line per point, its parameters and, for each figure shown, its mean ± the
 * half-width of its 95 % interval in the figure's unit.
 */
public final class SweepConsole {

    /** Figures shown when the sweep names none (every figure is in the files). */
    static final int DEFAULT_SHOWN = 4;

    private SweepConsole() {
    }

    /**
     * @param layout the sweep
     * @param done   every point's runs, in point order
     * @return the table, lines separated by '\n'
     */
    public static String render(SweepLayout layout, List<SweepLayout.Runs> done) {
        List<String> figures = SweepReport.figures(layout, done);
        if (layout.figures().isEmpty() && figures.size() > DEFAULT_SHOWN) {
            figures = figures.subList(0, DEFAULT_SHOWN);
        }
        List<String[]> cells = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of("#"));
        head.addAll(layout.parameters());
        figures.forEach(f -> head.add(KeyFigure.of(f).label()));
        cells.add(head.toArray(String[]::new));
        for (SweepLayout.Runs r : done) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.point() + 1)));
            row.addAll(layout.points().get(r.point()));
            for (String f : figures) {
                ConfidenceInterval ci = SweepReport.interval(r, f);
                KeyFigure k = KeyFigure.of(f);
                row.add(k.value(ci.mean()) + (Double.isNaN(ci.halfWidth()) ? ""
                        : " ± " + k.difference(ci.halfWidth()).replaceFirst("^\\+", "")));
            }
            cells.add(row.toArray(String[]::new));
        }
        int[] width = new int[head.size()];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i > layout.parameters().size() || i == 0;
                String cell = number ? " ".repeat(width[i] - row[i].length()) + row[i]
                        : row[i] + " ".repeat(width[i] - row[i].length());
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }
}
