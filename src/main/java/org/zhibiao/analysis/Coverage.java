package org.zhibiao.analysis;

/** How many of the expected children entered a roll-up, e.g. 7/9. */
public record Coverage(int included, int expected) {

    public boolean isPartial() {
        return included < expected;
    }

    @Override
    public String toString() {
        return included + "/" + expected;
    }
}
