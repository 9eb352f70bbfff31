package org.zhibiao.analysis;

/** How an indicator stands against a target at a period (STATUS.md), in rule order. */
public enum Status {
    ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, REGRESSING, NOT_MET, NO_DATA, NO_TARGET
}
