package io.backstop.core.digest;

/** An open issue of the client and how many days its promised date has passed (0 if not, or none promised). */
public record OpenWork(IssueFact issue, long daysLate) {

    public boolean late() {
        return daysLate > 0;
    }
}
