package io.github.mesosupgrade;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The project's Immutables style, on the package: the generated {@code Immutable*} classes are
 * package-private, each type users build declares its own {@code Builder} and {@code with*}
 * methods, and the generated code returns the abstract types.
 *
 * <p>Source retention keeps {@code @Value.Style} out of the package's class file. The generated
 * classes carry only {@code javax.annotation.processing.Generated}, which has source retention too,
 * so no Immutables annotation reaches a class file users compile against and {@code
 * value-annotations} is not needed on their compile path. The build leaves the generated classes
 * out of coverage by their {@code Immutable} name prefix.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    allowedClasspathAnnotations = {
      javax.annotation.processing.Generated.class,
      com.google.errorprone.annotations.CanIgnoreReturnValue.class
    },
    defaults = @Value.Immutable(copy = true, prehash = false),
    depluralize = true)
@interface ValueStyle {}
