package org.recordrelief.rules;

/** Why a count received a determination. */
public enum DeterminationRole {
    /** A conviction the rule set covers (for Prop 64: HS 11357, 11358, 11359, 11360). */
    PRIMARY,
    /** A non-cannabis count dismissed together with a cannabis count of the same case (county list). */
    RELATED_CHARGE,
    /** A non-cannabis count that may be a plea bargain of a cannabis charge in the same case. */
    POSSIBLE_PLEA_BARGAIN
}
