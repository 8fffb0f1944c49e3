package org.grassroots.delivery.domain;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/** Why a constraint weighs on a plan: the vehicle or stop, and what is wrong in plain words. */
public record Breach(String subject, String detail) implements ConstraintJustification {}
