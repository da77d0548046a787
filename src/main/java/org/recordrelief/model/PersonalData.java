package org.recordrelief.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a canonical field that identifies a person (CJIS personal data). Such values never reach logs
 * at INFO, never appear in a {@code toString()}, and are listed as sensitive in
 * {@code docs/canonical-model.md}; a test keeps the two in step.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {
}
