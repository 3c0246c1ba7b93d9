package qc.logbook.dashboard.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The referral breakdown as the page shows it, read from the JSON document the API answers (suppressed for
 * evaluators): a hidden count is {@code null} here, so no template can print it, and no bar can be drawn from it.
 *
 * @param interventions {@code null} when hidden
 */
record Figures(Long interventions, List<Cell> byTenure, Cell youthAndFamilies, Cell under35, List<Cell> byMode,
               Long individualInterventions, Cell individualWithReferral, Long referrals, List<Cell> referralsBySector,
               List<Cell> referralOutcomes, Long collectiveInterventions, List<Cell> collectiveByKind,
               Cell collectiveWithParticipants, Long participants, List<Cell> participantsByKind, List<Cell> byMonth,
               boolean anyHidden) {

    /**
     * One figure: a count and its share of a whole, formatted for the reader.
     *
     * @param count         {@code null} when suppressed
     * @param percent       {@code null} when suppressed (or when its whole is)
     * @param complementary hidden only so that a neighbour's hidden count cannot be found by subtraction
     * @param children      the needs of a sector
     */
    record Cell(String code, String label, Long count, BigDecimal percent, boolean suppressed, boolean complementary,
                String countText, String percentText, List<Cell> children) {

        /** Width of the bar in percent of the chart; {@code null} when nothing may be drawn. */
        public BigDecimal bar() {
            return percent == null || count == null ? null : percent.min(BigDecimal.valueOf(100));
        }

        /** The share rounded to a whole percent, as the regional report writes it; {@code null} when hidden. */
        public Long roundedPercent() {
            return percent == null ? null : percent.setScale(0, RoundingMode.HALF_UP).longValueExact();
        }

        public Cell child(String childCode) {
            return children.stream().filter(c -> c.code().equals(childCode)).findFirst().orElse(null);
        }
    }

    static Figures of(JsonNode b, Locale locale) {
        Numbers numbers = new Numbers(locale);
        List<Cell> all = new ArrayList<>();
        Figures figures = new Figures(
                count(b.path("interventions")),
                cells(b.path("byTenure"), numbers, all),
                cell(b.path("youthAndFamilies"), numbers, all),
                cell(b.path("under35"), numbers, all),
                cells(b.path("byMode"), numbers, all),
                count(b.path("individualInterventions")),
                cell(b.path("individualWithReferral"), numbers, all),
                count(b.path("referrals")),
                cells(b.path("referralsBySector"), numbers, all),
                cells(b.path("referralOutcomes"), numbers, all),
                count(b.path("collectiveInterventions")),
                cells(b.path("collectiveByKind"), numbers, all),
                cell(b.path("collectiveWithParticipants"), numbers, all),
                count(b.path("participants")),
                cells(b.path("participantsByKind"), numbers, all),
                cells(b.path("byMonth"), numbers, all),
                false);
        boolean anyHidden = all.stream().anyMatch(Cell::suppressed) || figures.interventions() == null
                || figures.referrals() == null || figures.participants() == null;
        return new Figures(figures.interventions, figures.byTenure, figures.youthAndFamilies, figures.under35,
                figures.byMode, figures.individualInterventions, figures.individualWithReferral, figures.referrals,
                figures.referralsBySector, figures.referralOutcomes, figures.collectiveInterventions,
                figures.collectiveByKind, figures.collectiveWithParticipants, figures.participants,
                figures.participantsByKind, figures.byMonth, anyHidden);
    }

    /**
     * The largest visible monthly count (at least 1): the months' bars are drawn to it, not to the period's total, so
     * that a month of a long period is not a sliver. Hidden counts are left out, so the scale reveals none of them.
     */
    public long monthScale() {
        return Math.max(1, byMonth.stream().filter(c -> c.count() != null).mapToLong(Cell::count).max().orElse(1));
    }

    Cell sector(String code) {
        return code == null ? null
                : referralsBySector.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    Cell tenure(String code) {
        return byTenure.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    Cell mode(String code) {
        return byMode.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    /** A count of the whole document as the reader reads it (« 1 234 »), or {@code null} when hidden. */
    static String text(Long count, Locale locale) {
        return count == null ? null : new Numbers(locale).count(count);
    }

    private static Long count(JsonNode node) {
        return node.isIntegralNumber() ? node.asLong() : null;
    }

    private static List<Cell> cells(JsonNode list, Numbers numbers, List<Cell> all) {
        List<Cell> cells = new ArrayList<>();
        list.forEach(node -> cells.add(cell(node, numbers, all)));
        return List.copyOf(cells);
    }

    private static Cell cell(JsonNode node, Numbers numbers, List<Cell> all) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        Long count = count(node.path("count"));
        BigDecimal percent = node.path("percent").isNumber() ? node.path("percent").decimalValue() : null;
        String label = "en".equals(numbers.locale.getLanguage()) ? node.path("labelEn").asText()
                : node.path("labelFr").asText();
        Cell cell = new Cell(node.path("code").asText(), label, count, percent,
                node.path("suppressed").asBoolean(false) || count == null,
                node.path("complementary").asBoolean(false),
                count == null ? null : numbers.count(count),
                percent == null ? null : numbers.percent(percent),
                cells(node.path("needs"), numbers, all));
        all.add(cell);
        return cell;
    }

    /** Numbers in the reader's typography: « 1 234 », « 85,0 % » (no-break spaces) / "1,234", "85.0%". */
    static final class Numbers {

        private final Locale locale;
        private final boolean english;

        Numbers(Locale locale) {
            this.locale = locale;
            this.english = "en".equals(locale.getLanguage());
        }

        String count(long value) {
            return format("#,##0").format(value);
        }

        String percent(BigDecimal value) {
            return format("0.0").format(value) + (english ? "%" : "\u00A0%");
        }

        /** A whole percent (« 85 % »), as the regional report writes its shares. */
        String wholePercent(long value) {
            return count(value) + (english ? "%" : "\u00A0%");
        }

        private DecimalFormat format(String pattern) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
            symbols.setGroupingSeparator(english ? ',' : '\u00A0');
            symbols.setDecimalSeparator(english ? '.' : ',');
            DecimalFormat format = new DecimalFormat(pattern, symbols);
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        }
    }
}
