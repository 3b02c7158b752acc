package com.llmresale.pricing.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The model field an option supplies when its name is not simply the field's: {@code --price}
 * supplies a scenario's {@code price_per_user}. The error handler names the option when a value it
 * supplied fails the model's validation; without this annotation an option {@code --a-b} supplies
 * the field {@code a_b}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
@interface ModelField {
    String value();
}
