package org.recordrelief.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** The run page's charts, drawn as PNG on the server with JFreeChart: nothing comes from a network. */
final class Charts {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** A horizontal bar per key, its count as the bar's length. */
    static byte[] bars(String title, String axis, Map<String, Long> counts) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        counts.forEach((key, n) -> data.addValue(n, "determinations", key));
        JFreeChart chart = ChartFactory.createBarChart(title, axis, "determinations", data, PlotOrientation.HORIZONTAL,
                false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 15));
        CategoryPlot plot = chart.getCategoryPlot();
        java.awt.Font text = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11);
        plot.getDomainAxis().setTickLabelFont(text);
        plot.getDomainAxis().setLabelFont(text);
        plot.getRangeAxis().setTickLabelFont(text);
        plot.getRangeAxis().setLabelFont(text);
        plot.setBackgroundPaint(new Color(0xF4F6F8));
        BarRenderer bars = (BarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setSeriesPaint(0, new Color(0x1D5C8F));
        bars.setShadowVisible(false);
        int height = Math.max(220, 80 + 28 * counts.size());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(png, chart, 560, height);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
