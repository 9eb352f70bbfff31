package org.zhibiao.service;

/** A value a return changes: the stored current one (null when none) and the new one. */
public record ValueChange(String indicatorCode, Double oldValue, Double newValue) {
}
