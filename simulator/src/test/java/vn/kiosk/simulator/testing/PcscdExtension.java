package vn.kiosk.simulator.testing;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Makes sure a real pcscd with the vpcd readers is running for the annotated test class: reuses
 * one that is already up, or starts {@code pcscd --foreground} (output in target/pcscd.log) and
 * stops it when the whole test run ends. One pcscd serves every class of the run: restarting it
 * would break the JDK's PC/SC context, which is established once per JVM. Test runs in other JVMs
 * on the machine wait for this one to finish (a lock file in java.io.tmpdir), since they would
 * share the same two readers.
 *
 * <p>Without a pcscd binary, tests are skipped, except under CI=true where they fail: a CI image
 * without pcscd is a broken image, not a reason to go green.
 *
 * <pre>{@code
 * @ExtendWith(PcscdExtension.class)
 * class MyTest {
 *     @Test void reads(RealPcscd pcscd) throws Exception {
 *         try (VpcdClient card = new VpcdClient(myCard)) {
 *             card.insert();
 *             CardTerminal terminal = pcscd.terminal(RealPcscd.READER_0);
 *             ...
 * }
 * }</pre>
 */
public final class PcscdExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PcscdExtension.class);
    static final Path LOG = Path.of("target", "pcscd.log");

    @Override
    public void beforeAll(ExtensionContext context) {
        pcscd(context);
    }

    /**
     * Kept in the root store so it lives for the whole run; the store closes AutoCloseable values
     * when the run ends (JUnit 5.13+, where Store.CloseableResource is deprecated for this).
     */
    private static RealPcscd pcscd(ExtensionContext context) {
        Optional<Path> binary = RealPcscd.findBinary();
        if (binary.isEmpty() && !RealPcscd.alreadyRunning()) {
            String why = "pcscd is not installed (apt-get install pcscd vsmartcard-vpcd)";
            if ("true".equals(System.getenv("CI"))) {
                throw new ExtensionConfigurationException(why);
            }
            Assumptions.abort(why + "; skipping tests that need the real PC/SC stack");
        }
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RealPcscd.class, key -> {
            try {
                return RealPcscd.startOrReuse(binary.orElse(Path.of("pcscd")), LOG);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new ExtensionConfigurationException("cannot get a running pcscd: " + e.getMessage(), e);
            }
        }, RealPcscd.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RealPcscd.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return pcscd(context);
    }
}
