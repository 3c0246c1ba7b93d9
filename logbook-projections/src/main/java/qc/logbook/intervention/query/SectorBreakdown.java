package qc.logbook.intervention.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * Referrals to one sector: count and share of all referrals, then the needs within the sector, each as a share of
 * the sector's referrals (the seed's "46 % vers le CISSS, surtout en santé mentale (31 %)").
 */
public record SectorBreakdown(String code, String labelFr, String labelEn, long count, BigDecimal percent,
                              List<Share> needs) {
}
