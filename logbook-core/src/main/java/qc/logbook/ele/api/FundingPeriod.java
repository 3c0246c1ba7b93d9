package qc.logbook.ele.api;

/**
 * The period of an agreement, in years, such as the 2013–2016 specific agreement of Chaudière-Appalaches.
 *
 * @param firstYear the year the agreement starts
 * @param lastYear  the year it ends (equal to {@code firstYear} for a one-year measure)
 */
public record FundingPeriod(int firstYear, int lastYear) {

    /** A stable code such as {@code 2013-2016}, used to group the funding table by period. */
    public String code() {
        return firstYear + "-" + lastYear;
    }
}
