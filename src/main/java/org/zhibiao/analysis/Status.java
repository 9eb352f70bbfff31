package org.zhibiao.analysis;

/** How an indicator stands against a target at a period (STATUS.md), in rule order. */
public enum Status {
    ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, REGRESSING, NOT_MET, NO_DATA, NO_TARGET;

    /** The key of the status's name in the {@code analysis} bundle (已达标 / achieved …). */
    public String messageKey() {
        return "analysis.status." + name();
    }
}
