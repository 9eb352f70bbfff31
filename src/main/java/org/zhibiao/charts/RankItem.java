package org.zhibiao.charts;

import org.zhibiao.analysis.Status;

/** One region of a ranking: the value charted, its status and the label text. */
public record RankItem(String label, Double value, Status status, String valueText) {
}
