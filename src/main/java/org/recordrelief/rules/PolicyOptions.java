package org.recordrelief.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** A rule set's county options, bound from the {@code options:} map of a county policy file. */
public interface PolicyOptions {

    /** Checks values that the YAML binding cannot (ranges, section spellings); throws on the first bad one. */
    void validate(PolicyValidation validation);

    /** The names of the options that are switched on, for run headers and the audit trail. */
    default List<String> enabledOptions() {
        List<String> names = new ArrayList<>();
        if (!getClass().isRecord()) {
            return names;
        }
        for (RecordComponent component : getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(this);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    names.add(component.getName());
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read option " + component.getName(), e);
            }
        }
        return names;
    }
}
