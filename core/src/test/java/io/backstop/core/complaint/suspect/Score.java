package io.backstop.core.complaint.suspect;

import java.util.Locale;

/** Counts of a matcher against labels: true and false positives, false and true negatives. */
record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {

    static final Score NONE = new Score(0, 0, 0, 0);

    Score plus(boolean complaint, boolean suspected) {
        return new Score(truePositives + (complaint && suspected ? 1 : 0), falsePositives + (!complaint && suspected ? 1 : 0),
                falseNegatives + (complaint && !suspected ? 1 : 0), trueNegatives + (!complaint && !suspected ? 1 : 0));
    }

    Score sum(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives, trueNegatives + other.trueNegatives);
    }

    int messages() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    /** Of the messages suspected, the share that are complaints. */
    double precision() {
        return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
    }

    /** Of the complaints, the share suspected. */
    double recall() {
        return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
    }

    /** Of the messages that are not complaints, the share suspected all the same. */
    double falseAlarms() {
        return falsePositives + trueNegatives == 0 ? 0 : (double) falsePositives / (falsePositives + trueNegatives);
    }

    /** The precision the same recall and false alarms would give where {@code share} of the messages complain. */
    double precisionAt(double share) {
        double hits = recall() * share;
        double alarms = falseAlarms() * (1 - share);
        return hits + alarms == 0 ? 1 : hits / (hits + alarms);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d messages: precision %.2f (%d of %d suspected), recall %.2f (%d of %d "
                        + "complaints), false alarms %.2f (%d of %d others)", messages(), precision(), truePositives,
                truePositives + falsePositives, recall(), truePositives, truePositives + falseNegatives,
                falseAlarms(), falsePositives, falsePositives + trueNegatives);
    }
}
