package fr.maillage.shared.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Draws charts as SVG on the server: the same markup in pages (inline) and PDFs (openhtmltopdf's
 * SVG support). Only presentation attributes, no {@code style}: the pages' Content-Security-Policy
 * forbids inline styles. The SVG is an image for assistive technologies ({@code role="img"} with
 * its title and description); the numbers are in the data table beside it.
 */
@Component("svgCharts")
public class SvgCharts {

    static final String[] PALETTE = {"#1d4e89", "#d95f02", "#1b9e77", "#7570b3", "#b8336a", "#66a61e", "#6c757d",
        "#a6761d"};
    private static final int WIDTH = 640;
    private static final int HEIGHT = 320;
    private static final int LEFT = 64;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 56;

    public String render(Chart chart) {
        return draw(chart);
    }

    static String draw(Chart chart) {
        String id = chart.id().replaceAll("[^A-Za-z0-9_-]", "-");
        List<ChartSeries> series = chart.series();
        boolean legend = series.size() > 1;
        int legendHeight = legend ? 20 * ((series.size() + 2) / 3) : 0;
        int height = HEIGHT + legendHeight;
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" role=\"img\" class=\"chart\" ")
                .append("aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">")
                .append(escape(chart.description() == null ? "" : chart.description())).append("</desc>");
        if (chart.isEmpty()) {
            svg.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#555\">–</text></svg>");
            return svg.toString();
        }
        double[] range = range(chart);
        double min = range[0];
        double max = range[1];
        double step = range[2];
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        // Grid and y axis labels.
        svg.append("<g font-family=\"Helvetica, Arial, sans-serif\" font-size=\"11\" fill=\"#333\">");
        for (double tick = min; tick <= max + step / 2; tick += step) {
            double y = TOP + plotHeight - (tick - min) / (max - min) * plotHeight;
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"")
                    .append(tick == 0 ? "#444" : "#d6dbe3").append("\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(escape(axisNumber(tick))).append("</text>");
        }
        // Category labels.
        int count = chart.categories().size();
        double band = (double) plotWidth / count;
        boolean slanted = count > 8;
        for (int c = 0; c < count; c++) {
            double x = LEFT + band * c + band / 2;
            String label = shorten(chart.categories().get(c), slanted ? 16 : Math.max(6, (int) (band / 6.5)));
            svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(TOP + plotHeight + 16).append('"');
            if (slanted) {
                svg.append(" text-anchor=\"end\" transform=\"rotate(-35 ").append(fmt(x)).append(' ')
                        .append(TOP + plotHeight + 16).append(")\"");
            } else {
                svg.append(" text-anchor=\"middle\"");
            }
            svg.append('>').append(escape(label)).append("</text>");
        }
        svg.append("</g>");
        switch (chart.kind()) {
            case LINE -> lines(svg, chart, min, max, band, plotHeight);
            case STACKED_BAR -> stacked(svg, chart, min, max, band, plotHeight);
            default -> bars(svg, chart, min, max, band, plotHeight);
        }
        if (legend) {
            svg.append("<g font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\" fill=\"#222\">");
            for (int s = 0; s < series.size(); s++) {
                int x = LEFT + (s % 3) * 190;
                int y = HEIGHT + 4 + (s / 3) * 20;
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(color(s)).append("\"/><text x=\"").append(x + 18).append("\" y=\"").append(y + 11)
                        .append("\">").append(escape(shorten(series.get(s).name(), 28))).append("</text>");
            }
            svg.append("</g>");
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void bars(StringBuilder svg, Chart chart, double min, double max, double band, int plotHeight) {
        int n = chart.series().size();
        double groupWidth = band * 0.72;
        double barWidth = groupWidth / n;
        for (int s = 0; s < n; s++) {
            svg.append("<g fill=\"").append(color(s)).append("\">");
            for (int c = 0; c < chart.categories().size(); c++) {
                BigDecimal value = chart.value(s, c);
                if (value == null) {
                    continue;
                }
                double v = value.doubleValue();
                double x = LEFT + band * c + (band - groupWidth) / 2 + barWidth * s;
                double y0 = y(0, min, max, plotHeight);
                double y1 = y(v, min, max, plotHeight);
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(Math.min(y0, y1)))
                        .append("\" width=\"").append(fmt(Math.max(1, barWidth - 2))).append("\" height=\"")
                        .append(fmt(Math.max(0.5, Math.abs(y1 - y0)))).append("\"/>");
            }
            svg.append("</g>");
        }
    }

    private static void stacked(StringBuilder svg, Chart chart, double min, double max, double band, int plotHeight) {
        double barWidth = band * 0.6;
        double[] base = new double[chart.categories().size()];
        for (int s = 0; s < chart.series().size(); s++) {
            svg.append("<g fill=\"").append(color(s)).append("\">");
            for (int c = 0; c < chart.categories().size(); c++) {
                BigDecimal value = chart.value(s, c);
                if (value == null || value.signum() <= 0) {
                    continue;
                }
                double y0 = y(base[c], min, max, plotHeight);
                base[c] += value.doubleValue();
                double y1 = y(base[c], min, max, plotHeight);
                double x = LEFT + band * c + (band - barWidth) / 2;
                svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y1)).append("\" width=\"")
                        .append(fmt(barWidth)).append("\" height=\"").append(fmt(Math.max(0.5, y0 - y1)))
                        .append("\"/>");
            }
            svg.append("</g>");
        }
    }

    private static void lines(StringBuilder svg, Chart chart, double min, double max, double band, int plotHeight) {
        for (int s = 0; s < chart.series().size(); s++) {
            String color = color(s);
            List<String> segment = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int c = 0; c <= chart.categories().size(); c++) {
                BigDecimal value = c < chart.categories().size() ? chart.value(s, c) : null;
                if (value != null) {
                    double x = LEFT + band * c + band / 2;
                    double y = y(value.doubleValue(), min, max, plotHeight);
                    segment.add(fmt(x) + "," + fmt(y));
                    points.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                            .append("\" r=\"3.5\" fill=\"").append(color).append("\"/>");
                } else if (!segment.isEmpty()) {
                    if (segment.size() > 1) {
                        svg.append("<polyline fill=\"none\" stroke=\"").append(color)
                                .append("\" stroke-width=\"2.5\" points=\"").append(String.join(" ", segment))
                                .append("\"/>");
                    }
                    segment.clear();
                }
            }
            svg.append(points);
        }
    }

    private static double y(double value, double min, double max, int plotHeight) {
        return TOP + plotHeight - (value - min) / (max - min) * plotHeight;
    }

    /** The y axis: from 0 (or below for negative values) to a round maximum, with a round step. */
    static double[] range(Chart chart) {
        double low = 0;
        double high = 0;
        int categories = chart.categories().size();
        if (chart.kind() == ChartKind.STACKED_BAR) {
            for (int c = 0; c < categories; c++) {
                double sum = 0;
                for (ChartSeries s : chart.series()) {
                    BigDecimal v = s.values().get(c);
                    sum += v == null || v.signum() < 0 ? 0 : v.doubleValue();
                }
                high = Math.max(high, sum);
            }
        } else {
            for (ChartSeries s : chart.series()) {
                for (BigDecimal v : s.values()) {
                    if (v != null) {
                        high = Math.max(high, v.doubleValue());
                        low = Math.min(low, v.doubleValue());
                    }
                }
            }
        }
        if (high == low) {
            high = low + 1;
        }
        double step = niceStep((high - low) / 5);
        double min = Math.floor(low / step) * step;
        double max = Math.ceil(high / step) * step;
        return new double[] {min, max, step};
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    static String color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** A value in French notation with its unit; a dash when there is none. */
    static String number(BigDecimal value, String unit) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        BigDecimal stripped = value.stripTrailingZeros();
        int decimals = stripped.scale() > 0 ? ("€".equals(unit) ? 2 : Math.min(2, stripped.scale())) : 0;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(2);
        String text = format.format(value.setScale(2, RoundingMode.HALF_UP)).replace('\u202F', '\u00A0');
        return unit == null || unit.isBlank() ? text : text + "\u00A0" + unit;
    }

    private static String axisNumber(double value) {
        double abs = Math.abs(value);
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(abs < 10 && abs != Math.rint(abs) ? 1 : 0);
        if (abs >= 1_000_000) {
            return format.format(value / 1_000_000) + "\u00A0M";
        }
        if (abs >= 10_000) {
            return format.format(value / 1_000) + "\u00A0k";
        }
        return format.format(value).replace('\u202F', '\u00A0');
    }

    private static String shorten(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
