package org.zhibiao.importer;

import org.zhibiao.domain.Indicator;

/** One value read from a return, with the sheet and cell it came from. */
public record ReturnValue(Indicator indicator, Double value, Double numerator, Double denominator, String note,
                          String sheet, String cell) {
}
