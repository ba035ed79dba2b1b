package vn.kiosk.simulator.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import vn.kiosk.simulator.cli.SimulatorCli;

/** {@code simulator backend}'s usage errors; serving is covered in-process by the other Backend tests. */
class BackendCommandTest {
    @Test
    void helpSucceeds() {
        assertEquals(0, SimulatorCli.execute("backend", "--help"));
    }

    @Test
    void anUnknownChaosNameIsBadUsage() {
        assertEquals(2, SimulatorCli.execute("backend", "--port", "0", "--chaos", "flood"));
    }

    @Test
    void halfATlsConfigurationIsBadUsage() {
        assertEquals(2, SimulatorCli.execute("backend", "--port", "0", "--tls-keystore", "backend.p12"));
    }

    @Test
    void aPortOutOfRangeIsBadUsage() {
        assertEquals(2, SimulatorCli.execute("backend", "--port", "70000"));
    }
}
