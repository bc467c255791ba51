package io.cdnsim.report.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * How a time-series chart of a run longer than {@link SeriesTable#MAX_POINTS} seconds, whose points each stand for
 * several seconds, says what a point is (a subtitle, {@code Each point: 30 min of the run, the mean of its seconds})
 * and, for counts and rates, shades behind each line the span from its point's lowest second to its highest, so that
 * a peak of a few seconds still shows. A chart of one point per second is left as it is.
 */
final class LongRuns {

    /** Opacity of the shaded spans. */
    private static final float SHADE_ALPHA = 0.25f;

    /** What one point of a chart is when it stands for several seconds. */
    enum Point {
        /** A count or a rate: the mean of its seconds. */
        MEAN("the mean of its seconds"),
        /** A hit ratio: of all the requests its seconds answered. */
        HIT_RATIO("hits over the requests answered in its seconds"),
        /** The bitrate being played: over every second of every viewer playing. */
        BITRATE("the mean over its viewer-seconds of playing"),
        /** The share rebuffering: of every second of every viewer watching. */
        REBUFFERING("viewer-seconds stalled over viewer-seconds watching");

        private final String text;

        Point(String text) {
            this.text = text;
        }
    }

    private LongRuns() {
    }

    /**
     * Says what a point is on a chart of one run, and shades the spread of the given columns, when the run's points
     * stand for several seconds.
     *
     * @param f      the chart, its lines drawn from {@code series}
     * @param series the run's series
     * @param point  what a point of the chart is
     * @param spread the columns of the chart's lines, in their order, whose lowest and highest seconds to shade; none
     *               for a chart of ratios
     * @return the chart
     */
    static Figure ofRun(Figure f, SeriesTable series, Point point, List<String> spread) {
        if (series.secondsPerPoint() == 1) {
            return f;
        }
        note(f, span(series.secondsPerPoint()) + " of the run", point, !spread.isEmpty());
        if (!spread.isEmpty()) {
            shade(f.chart().getXYPlot(), Datasets.spread(series, spread));
        }
        return f;
    }

    /**
     * Says what a point is on a chart of two runs (A and B), when either's points stand for several seconds.
     *
     * @param f     the chart
     * @param a     A's series
     * @param b     B's series
     * @param point what a point of the chart is
     */
    static void ofComparison(Figure f, SeriesTable a, SeriesTable b, Point point) {
        long wa = a.secondsPerPoint();
        long wb = b.secondsPerPoint();
        if (wa == 1 && wb == 1) {
            return;
        }
        String spans = wa == wb ? span(wa) + " of each run" : span(wa) + " of A, " + span(wb) + " of B";
        note(f, spans, point, false);
    }

    /**
     * @param seconds a span of seconds
     * @return it in the largest unit that divides it: {@code 30 s}, {@code 15 min}, {@code 3 h}, {@code 2 days}
     */
    static String span(long seconds) {
        if (seconds % 86_400 == 0) {
            long days = seconds / 86_400;
            return days + (days == 1 ? " day" : " days");
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + " h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }

    private static void note(Figure f, String spans, Point point, boolean shaded) {
        String text = "Each point: " + spans + ", " + point.text
                + (shaded ? "; shaded: from its lowest to its highest second" : "");
        TextTitle note = new TextTitle(text, Look.TICK);
        note.setPaint(Color.DARK_GRAY);
        f.chart().addSubtitle(note);
    }

    /** Draws the spans behind the lines, each in its line's colour, light, and not in the legend. */
    private static void shade(XYPlot p, YIntervalSeriesCollection spans) {
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setAlpha(SHADE_ALPHA);
        r.setDefaultSeriesVisibleInLegend(false);
        for (int s = 0; s < spans.getSeriesCount(); s++) {
            r.setSeriesFillPaint(s, p.getRenderer().getSeriesPaint(s));
        }
        p.setDataset(1, spans);
        p.setRenderer(1, r);
    }
}
