package org.zhibiao.domain;

import java.util.Map;

/**
 * For the submissions heat map: per region, the newest revision of an imported return for a
 * quarter (0 when only rejected files came in); regions that sent nothing are absent.
 */
public interface ReturnStates {

    Map<String, Integer> newestRevisions(Period period);
}
