package org.zhibiao.importer;

/** How big a return may be before it is refused as over the safety limits. */
final class SafetyLimits {

    static final int MAX_ROWS = 10_000;
    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** A return's texts take a few kilobytes; a sheet's strings are held while it is read. */
    static final long MAX_SHARED_STRINGS_BYTES = 8L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;
    /** POI's ZipSecureFile default: a compressed entry must be at least 1 % of its inflated size. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private SafetyLimits() {
    }
}
