package io.cdnsim.report.chart;

/**
 * A chart as written to the output folder.
 *
 * @param name  its file name without extension
 * @param title its title
 * @param svg   the SVG element alone (no XML declaration), its ids prefixed with the name so that several can be
 *              inlined in one HTML page
 */
public record RenderedChart(String name, String title, String svg) {
}
