package org.zhibiao.domain;

/**
 * The file's period was locked after the file was checked, possibly by another process a moment
 * earlier: nothing of the file was stored.
 */
public final class PeriodLockedException extends ZhibiaoException {

    public PeriodLockedException(Period period) {
        super("import.file.locked", null, period.toString());
    }
}
