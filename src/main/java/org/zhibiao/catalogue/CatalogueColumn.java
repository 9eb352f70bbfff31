package org.zhibiao.catalogue;

import java.util.List;

/**
 * A column of the catalogue workbook: the stable code (row 2, what the import reads), the
 * Chinese label (row 1, what people read), the width in characters and, for enumerations, the
 * allowed values offered as a drop-down list.
 */
record CatalogueColumn(String code, String label, int width, List<String> choices) {

    static CatalogueColumn text(String code, String label, int width) {
        return new CatalogueColumn(code, label, width, List.of());
    }

    static CatalogueColumn choice(String code, String label, int width, List<String> choices) {
        return new CatalogueColumn(code, label, width, choices);
    }
}
