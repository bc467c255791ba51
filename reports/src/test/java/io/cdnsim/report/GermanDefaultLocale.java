package io.cdnsim.report;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test with Germany's locale as the default, one with a decimal comma and dot grouping, and restores the
 * default after it: the numbers a test pins must not depend on the machine's locale.
 */
final class GermanDefaultLocale implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace SAVED =
            ExtensionContext.Namespace.create(GermanDefaultLocale.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(SAVED).put(Locale.class, Locale.getDefault());
        Locale.setDefault(Locale.GERMANY);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Locale.setDefault(context.getStore(SAVED).get(Locale.class, Locale.class));
    }
}
