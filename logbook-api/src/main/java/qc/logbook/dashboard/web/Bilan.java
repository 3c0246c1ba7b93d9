package qc.logbook.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import qc.logbook.dashboard.web.Figures.Cell;

/**
 * The figures written as the regional report writes them (« 85 % des interventions ont été réalisées dans les OMH… »,
 * « Une personne sur cinq est référée… »), from the live figures. Shares are whole percents, as in the report; a
 * hidden figure reads as hidden, never as a number.
 */
final class Bilan {

    /** One sentence, with the sentences that detail it (the report's sub-bullets). */
    record Sentence(String text, List<Sentence> details) {
    }

    /** A ratio is worded « une sur n » when the share is within 5 % of 1/n, for n from 2 to 10. */
    static final double RATIO_TOLERANCE = 0.05;

    private final MessageSource messages;
    private final Locale locale;
    private final Figures.Numbers numbers;

    Bilan(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.numbers = new Figures.Numbers(locale);
    }

    List<Sentence> sentences(Figures f) {
        List<Sentence> sentences = new ArrayList<>();
        sentences.add(plain("dashboard.bilan.tenure", share(f.tenure("HLM_OMH")), share(f.tenure("OBNL")),
                share(f.tenure("COOP"))));
        sentences.add(plain("dashboard.bilan.youth", share(f.youthAndFamilies())));
        sentences.add(plain("dashboard.bilan.under35", share(f.under35())));

        List<Sentence> referrals = new ArrayList<>();
        referrals.add(new Sentence(referred(f.individualWithReferral()), List.of()));
        for (Cell sector : byCount(f.referralsBySector())) {
            referrals.add(new Sentence(sector(sector), List.of()));
        }
        sentences.add(new Sentence(text("dashboard.bilan.individual", share(f.mode("INDIVIDUAL"))), referrals));

        List<Sentence> kinds = new ArrayList<>();
        for (Cell kind : byCount(f.collectiveByKind())) {
            kinds.add(plain("dashboard.bilan.kind." + kind.code(), share(kind)));
        }
        sentences.add(new Sentence(text("dashboard.bilan.collective", share(f.mode("COLLECTIVE"))), kinds));
        return sentences;
    }

    /** « Une personne sur cinq est référée… » when the share is close to one in n, else its percentage. */
    String referred(Cell share) {
        if (share == null || share.percent() == null) {
            return text("dashboard.bilan.referred.percent", hidden());
        }
        Integer n = ratio(share.percent());
        return n == null ? text("dashboard.bilan.referred.percent", share(share))
                : text("dashboard.bilan.referred.ratio", text("dashboard.bilan.ratio." + n));
    }

    /** The n of « une sur n » this percentage is close to, or {@code null}. */
    static Integer ratio(BigDecimal percent) {
        if (percent.signum() <= 0) {
            return null;
        }
        for (int n = 2; n <= 10; n++) {
            double exact = 100.0 / n;
            if (Math.abs(percent.doubleValue() - exact) <= exact * RATIO_TOLERANCE) {
                return n;
            }
        }
        return null;
    }

    private String sector(Cell sector) {
        String text = text("dashboard.bilan.sector", share(sector), text("dashboard.bilan.sector." + sector.code()));
        List<Cell> needs = byCount(sector.children()).stream().filter(n -> n.percent() != null).limit(2).toList();
        if (needs.size() == 1) {
            text += text("dashboard.bilan.needs.one", need(sector, needs.get(0)));
        } else if (needs.size() == 2) {
            text += text("dashboard.bilan.needs.two", need(sector, needs.get(0)), need(sector, needs.get(1)));
        }
        return text;
    }

    private String need(Cell sector, Cell need) {
        return text("dashboard.bilan.need", text("dashboard.bilan.need." + need.code()), share(need));
    }

    /** Cells with something to say, largest first; hidden ones (whose size is unknown) last, in the API's order. */
    private static List<Cell> byCount(List<Cell> cells) {
        return cells.stream()
                .filter(c -> c.suppressed() || (c.count() != null && c.count() > 0))
                .sorted(Comparator.comparing((Cell c) -> c.count() == null ? -1L : c.count()).reversed())
                .toList();
    }

    private String share(Cell cell) {
        Long rounded = cell == null ? null : cell.roundedPercent();
        return rounded == null ? hidden() : numbers.wholePercent(rounded);
    }

    private String hidden() {
        return text("dashboard.bilan.hidden");
    }

    private Sentence plain(String key, Object... args) {
        return new Sentence(text(key, args), List.of());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
