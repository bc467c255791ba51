package io.cdnsim.report.chart;

import org.jfree.chart.JFreeChart;

/**
 * One chart of a run, before it is drawn.
 *
 * @param name  its file name without extension ({@code origin-requests})
 * @param title its title
 * @param chart the chart
 */
public record Figure(String name, String title, JFreeChart chart) {
}
