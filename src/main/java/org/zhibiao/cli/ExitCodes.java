package org.zhibiao.cli;

/** CLI.md's exit codes. */
public final class ExitCodes {

    public static final int DONE = 0;
    public static final int REJECTED = 1;
    public static final int USAGE = 2;
    public static final int FAILED = 3;

    private ExitCodes() {
    }
}
