package org.zhibiao.domain;

import java.util.List;

/** The definition changes (口径变化) of a database's indicators. */
public interface DefinitionChangeRepository {

    /** By indicator in catalogue order, then by period. */
    List<DefinitionChange> definitionChanges();

    /** Replaces every change in one transaction. */
    void replaceDefinitionChanges(List<DefinitionChange> changes);
}
