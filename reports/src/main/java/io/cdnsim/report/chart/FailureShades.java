package io.cdnsim.report.chart;

import io.cdnsim.model.Failure;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/**
 * Shades the failure windows of a scenario's schedule (N7) on the charts drawn over time, each labelled with its
 * number in the schedule, as the report's failures section numbers them.
 */
final class FailureShades {

    /** The shade of a failure window: a light red, behind the lines. */
    static final Color SHADE = new Color(0xfbe3e3);

    private FailureShades() {
    }

    /**
     * @param figures  the run's charts; those over time get the windows
     * @param failures the schedule
     */
    static void shade(List<Figure> figures, List<Failure> failures) {
        if (failures.isEmpty()) {
            return;
        }
        for (Figure f : figures) {
            if (f.chart().getPlot() instanceof XYPlot p && p.getDomainAxis().getLabel().startsWith("time")) {
                for (int i = 0; i < failures.size(); i++) {
                    IntervalMarker m = new IntervalMarker(failures.get(i).from() / 1e6, failures.get(i).to() / 1e6,
                            SHADE);
                    m.setLabel("failure " + (i + 1));
                    m.setLabelFont(Look.TICK);
                    m.setLabelPaint(Color.GRAY);
                    m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
                    m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
                    p.addDomainMarker(m, Layer.BACKGROUND);
                }
            }
        }
    }
}
