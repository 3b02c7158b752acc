package com.llmresale.pricing.cli;

import java.lang.reflect.Field;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.PicocliException;

/**
 * One field of one object as picocli reads and writes it, for the models {@link CommandModels}
 * builds: what picocli's own field binding does for an annotated field, found by name (no
 * annotation is read). A named class, not a lambda: picocli's interfaces are Java 5 class files,
 * and a lambda implementing one keeps them out of the class-data archive ({@link PricingCli}).
 */
final class FieldBinding implements IGetter, ISetter {
    private final Object target;
    private final Field field;

    /** The field {@code name} declared by {@code declaring}, of {@code target}. */
    FieldBinding(Object target, Class<?> declaring, String name) {
        try {
            this.field = declaring.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(
                    "no field "
                            + name
                            + " in "
                            + declaring.getName()
                            + ": regenerate CommandModels",
                    e);
        }
        field.setAccessible(true);
        this.target = target;
    }

    /**
     * {@code option} bound to the field, with the field's current value as its initial value (what
     * picocli resets it to before each parse) and the field as its user object, as picocli does for
     * an annotated field.
     */
    static OptionSpec.Builder bind(
            OptionSpec.Builder option, Object target, Class<?> declaring, String name) {
        FieldBinding binding = new FieldBinding(target, declaring, name);
        return option.getter(binding)
                .setter(binding)
                .userObject(binding.field)
                .initialValue(binding.get());
    }

    /**
     * {@code parameter} bound to the field: see {@link #bind(OptionSpec.Builder, Object, Class,
     * String)}.
     */
    static PositionalParamSpec.Builder bind(
            PositionalParamSpec.Builder parameter, Object target, Class<?> declaring, String name) {
        FieldBinding binding = new FieldBinding(target, declaring, name);
        return parameter
                .getter(binding)
                .setter(binding)
                .userObject(binding.field)
                .initialValue(binding.get());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
        try {
            return (T) field.get(target);
        } catch (IllegalAccessException e) {
            throw new PicocliException("Could not get value for field " + field, e);
        }
    }

    @Override
    public <T> T set(T value) {
        try {
            @SuppressWarnings("unchecked")
            T old = (T) field.get(target);
            field.set(target, value);
            return old;
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new PicocliException(
                    "Could not set value for field " + field + " to " + value, e);
        }
    }

    @Override
    public String toString() {
        return "FieldBinding("
                + field.getType().getName()
                + " "
                + field.getDeclaringClass().getName()
                + "."
                + field.getName()
                + ")";
    }
}
