package io.cdnsim.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The shapes a file field declared as {@code Object} may take, for {@link FileSchema}: for example a ladder written
 * as a name ({@code String.class}) or as a list of renditions ({@code RenditionFile[].class}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
@interface Shapes {

    /** @return the alternatives, in the order they are tried */
    Class<?>[] value();
}
