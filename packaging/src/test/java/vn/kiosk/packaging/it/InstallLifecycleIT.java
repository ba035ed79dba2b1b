package vn.kiosk.packaging.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 7's "done": the .deb of this build, installed into a throwaway root (the host's system
 * through copy-on-write overlays, see {@link ThrowawayRoot}), checked file by file, run as its
 * user (headless demo to the welcome screen, a citizen's visit on the installed runtime, the
 * systemd notifications, the real cage session), upgraded with its configuration and outbox kept,
 * removed with its data kept, and purged with nothing left.
 *
 * <p>The steps share one root and run in order; a failing step makes the later ones fail too.
 * Needs root (mount namespaces, dpkg): skipped without, except under CI=true where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallLifecycleIT {
    private static final String PACKAGE = "cccd-kiosk";
    private static final Duration KIOSK_RUN = Duration.ofMinutes(3);
    /** The modules of the jlink image: what jdeps finds plus what is looked up by name (build-deb.sh says why). */
    private static final Set<String> RUNTIME_MODULES = Set.of("java.base", "java.desktop", "java.logging",
            "java.naming", "java.smartcardio", "java.sql", "jdk.httpserver", "jdk.net", "jdk.unsupported",
            "jdk.crypto.ec", "jdk.charsets", "jdk.localedata",
            // required by java.desktop, java.naming and java.sql: jlink adds them
            "java.datatransfer", "java.prefs", "java.security.sasl", "java.transaction.xa", "java.xml");
    private static final Pattern WELCOME = Pattern.compile("welcome screen up after (\\d+) ms");

    private final boolean ci = "true".equals(System.getenv("CI"));
    private Path target;
    private Path deb;
    private String debVersion;
    private ThrowawayRoot root;
    private String kioskUid;

    @BeforeAll
    void installRoot() throws Exception {
        target = Path.of(System.getProperty("packaging.target", "target")).toAbsolutePath();
        debVersion = System.getProperty("packaging.version", "").replace('-', '~');
        try (Stream<Path> files = Files.list(target)) {
            List<Path> debs = files.filter(f -> f.getFileName().toString().matches("cccd-kiosk_.*\\.deb")).toList();
            assertEquals(1, debs.size(), "exactly one cccd-kiosk .deb in " + target + ": " + debs);
            deb = debs.get(0);
        }
        String why = null;
        if (!"root".equals(System.getProperty("user.name"))) {
            why = "the install lifecycle test needs root (mount namespaces, dpkg)";
        } else if (!commandExists("unshare") || !commandExists("nsenter") || !commandExists("dpkg")) {
            why = "the install lifecycle test needs unshare, nsenter and dpkg";
        }
        if (why != null) {
            if (ci) {
                fail(why + " (CI=true)");
            }
            Assumptions.abort(why + "; skipping");
        }
        Path scripts = Path.of(System.getProperty("packaging.scripts", "src/test/sh")).toAbsolutePath();
        Path testClasses = Path.of(System.getProperty("packaging.testClasses", "target/test-classes")).toAbsolutePath();
        Map<Path, String> binds = new LinkedHashMap<>();
        binds.put(target, "/mnt/target");
        binds.put(testClasses, "/mnt/test-classes");
        root = ThrowawayRoot.start(scripts.resolve("throwaway-root.sh"), target.resolve("it-root"), binds);
    }

    @AfterAll
    void dropRoot() throws Exception {
        if (root != null) {
            root.close();
        }
    }

    @Test
    @Order(1)
    void packageDescribesItself() throws Exception {
        assertEquals(PACKAGE, field("Package"));
        assertEquals(debVersion, field("Version"), "the Maven version, as a Debian version");
        assertEquals(host("dpkg --print-architecture").trim(), field("Architecture"));
        List<String> depends = packageNames(field("Depends"));
        for (String needed : List.of("pcscd", "cage", "xwayland", "seatd", "adduser", "fonts-noto-core",
                "libgtk-3-0", "libpcsclite1")) {
            assertTrue(depends.contains(needed) || depends.contains(needed + "t64"),
                    "Depends names " + needed + ": " + depends);
        }
        assertTrue(packageNames(field("Recommends")).contains("espeak-ng"), "Recommends espeak-ng");
        assertEquals("/etc/cccd-kiosk/logging.properties", host("dpkg-deb -I " + deb + " conffiles").trim(),
                "the one conffile: kiosk.properties is the operator's, never the package's");

        String contents = host("dpkg-deb -c " + deb);
        for (String path : List.of("./opt/cccd-kiosk/runtime/bin/java", "./opt/cccd-kiosk/lib/kiosk-app.jar",
                "./opt/cccd-kiosk/lib/kiosk.jsa", "./opt/cccd-kiosk/lib/libsqlitejdbc.so",
                "./opt/cccd-kiosk/lib/libglassgtk3.so", "./usr/bin/cccd-kiosk",
                "./usr/lib/systemd/system/cccd-kiosk.service", "./usr/lib/udev/rules.d/70-cccd-kiosk.rules",
                "./usr/share/polkit-1/rules.d/60-cccd-kiosk.rules", "./etc/cccd-kiosk/logging.properties",
                "./usr/share/cccd-kiosk/kiosk.properties.example")) {
            assertTrue(contents.contains(" " + path + "\n") || contents.contains(" " + path + " "),
                    "the package holds " + path);
        }
        // the operator's files and the kiosk's data are never in the package: dpkg must not own them
        assertFalse(contents.contains("./etc/cccd-kiosk/kiosk.properties\n"), "no kiosk.properties shipped");
        assertFalse(contents.contains("./var/"), "nothing under /var shipped");

        // every dependency exists in the configured archive (catches a misspelt or renamed package)
        if (host("ls /var/lib/apt/lists/ 2>/dev/null").contains("_Packages")) {
            Set<String> known = new TreeSet<>();
            String policy = host("apt-cache policy " + String.join(" ", packageNames(field("Depends"))) + " 2>/dev/null");
            String current = null;
            for (String line : policy.split("\n")) {
                if (!line.startsWith(" ") && line.endsWith(":")) {
                    current = line.substring(0, line.length() - 1).replaceAll(":[a-z0-9]+$", "");
                } else if (current != null && line.trim().startsWith("Candidate:") && !line.contains("(none)")) {
                    known.add(current);
                }
            }
            for (String clause : field("Depends").split(",")) {
                assertTrue(packageNames(clause).stream().anyMatch(known::contains),
                        "the archive has " + clause.trim() + " (apt-cache policy)");
            }
        } else {
            System.out.println("InstallLifecycleIT: no apt lists (apt-get update): not checking Depends against the archive");
        }
    }

    @Test
    @Order(2)
    void installs() throws Exception {
        List<String> missing = unmetDependencies();
        ThrowawayRoot.Result install;
        if (missing.isEmpty()) {
            // the README's install command; every dependency is there already, so nothing is downloaded
            install = root.sh("apt-get install -y --no-install-recommends " + inRoot(deb));
        } else {
            if (ci) {
                fail("this machine lacks dependencies of the package (.ci/run installs them): " + missing);
            }
            System.out.println("InstallLifecycleIT: this machine lacks " + missing + "; installing with --force-depends");
            install = root.sh("dpkg -i --force-depends " + inRoot(deb));
        }
        assertTrue(install.ok(), "installing the package:\n" + install.output());
        assertEquals("install ok installed " + debVersion,
                root.sh("dpkg-query -W -f='${Status} ${Version}' " + PACKAGE).output().trim());
        assertTrue(root.sh("dpkg --verify " + PACKAGE).output().isBlank(), "dpkg --verify: every file as packaged");
    }

    @Test
    @Order(3)
    void filesHaveTheirOwnersAndModes() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/opt/cccd-kiosk/runtime/bin/java", "root:root 755");
        expected.put("/opt/cccd-kiosk/lib/kiosk-app.jar", "root:root 644");
        expected.put("/opt/cccd-kiosk/lib/kiosk.jsa", "root:root 444");
        expected.put("/opt/cccd-kiosk/bin/kiosk-session", "root:root 755");
        expected.put("/opt/cccd-kiosk/bin/sd-notify-relay", "root:root 755");
        expected.put("/usr/bin/cccd-kiosk", "root:root 755");
        expected.put("/usr/lib/systemd/system/cccd-kiosk.service", "root:root 644");
        expected.put("/usr/lib/udev/rules.d/70-cccd-kiosk.rules", "root:root 644");
        expected.put("/usr/share/polkit-1/rules.d/60-cccd-kiosk.rules", "root:root 644");
        expected.put("/usr/lib/sysctl.d/60-cccd-kiosk.conf", "root:root 644");
        // configuration: root writes, the kiosk reads, others nothing (keys and the PIN hash live here)
        expected.put("/etc/cccd-kiosk", "root:cccd-kiosk 750");
        expected.put("/etc/cccd-kiosk/trust", "root:cccd-kiosk 750");
        expected.put("/etc/cccd-kiosk/logging.properties", "root:root 644");
        // data: the kiosk's alone; logs: the kiosk writes, adm reads
        expected.put("/var/lib/cccd-kiosk", "cccd-kiosk:cccd-kiosk 700");
        expected.put("/var/log/cccd-kiosk", "cccd-kiosk:adm 2750");
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(file.getValue(), stat(file.getKey()), file.getKey());
        }
        assertEquals("", root.sh("find /opt/cccd-kiosk /etc/cccd-kiosk -perm -o+w ! -type l").output().trim(),
                "nothing of the package writable by others");
        assertTrue(root.sh("test -L /etc/systemd/system/graphical.target.wants/cccd-kiosk.service").ok(),
                "the service is enabled for boot");

        Set<String> modules = Arrays.stream(root.sh("/opt/cccd-kiosk/runtime/bin/java --list-modules").output()
                        .split("\n")).map(line -> line.replaceAll("@.*", "").trim()).filter(m -> !m.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(RUNTIME_MODULES), modules, "the runtime image holds only the kiosk's modules");
    }

    @Test
    @Order(4)
    void systemUserCannotLogIn() throws Exception {
        String[] passwd = root.sh("getent passwd cccd-kiosk").output().trim().split(":");
        assertEquals(7, passwd.length, "the user exists: " + String.join(":", passwd));
        kioskUid = passwd[2];
        assertTrue(Integer.parseInt(kioskUid) < 1000, "a system uid: " + kioskUid);
        assertEquals("/var/lib/cccd-kiosk", passwd[5]);
        assertEquals("/usr/sbin/nologin", passwd[6]);
        String status = root.sh("passwd -S cccd-kiosk").output().trim().split("\\s+")[1];
        assertEquals("L", status, "password locked");
        Set<String> groups = Set.of(root.sh("id -nG cccd-kiosk").output().trim().split("\\s+"));
        for (String group : List.of("lp", "dialout", "video", "render", "input", "audio")) {
            if (root.sh("getent group " + group).ok()) {
                assertTrue(groups.contains(group), "cccd-kiosk is in " + group + ": " + groups);
            }
        }
    }

    @Test
    @Order(5)
    void unitAndRulesAreValid() throws Exception {
        ThrowawayRoot.Result verify = root.sh("systemd-analyze verify --man=no /usr/lib/systemd/system/cccd-kiosk.service");
        String problems = Arrays.stream(verify.output().split("\n"))
                .filter(line -> line.contains("cccd-kiosk")).collect(Collectors.joining("\n"));
        assertTrue(verify.ok() && problems.isEmpty(), "systemd-analyze verify:\n" + verify.output());
        String unit = root.sh("cat /usr/lib/systemd/system/cccd-kiosk.service").output();
        for (String line : List.of("Type=notify", "WatchdogSec=", "Restart=always", "User=cccd-kiosk",
                "Conflicts=getty@tty1.service", "TTYPath=/dev/tty1",
                "ConditionPathExists=/etc/cccd-kiosk/kiosk.properties",
                "ExecStart=/opt/cccd-kiosk/bin/kiosk-session --config /etc/cccd-kiosk/kiosk.properties")) {
            assertTrue(unit.lines().anyMatch(l -> l.startsWith(line)), "the unit has " + line);
        }
        ThrowawayRoot.Result bash = root.sh("bash -n /usr/bin/cccd-kiosk && bash -n /opt/cccd-kiosk/bin/kiosk-session"
                + " && perl -c /opt/cccd-kiosk/bin/sd-notify-relay");
        assertTrue(bash.ok(), "the scripts parse:\n" + bash.output());
        String session = root.sh("cat /opt/cccd-kiosk/bin/kiosk-session").output();
        List<String> cageLines = session.lines().filter(l -> !l.trim().startsWith("#") && l.contains("cage")).toList();
        assertTrue(cageLines.stream().anyMatch(l -> l.startsWith("exec cage ")), "the session execs cage:\n" + session);
        assertTrue(cageLines.stream().noneMatch(l -> l.matches(".*(\\s|\\()-[a-z]*s[a-z]*(\\s|\\)).*")),
                "cage without -s, so no VT switching:\n" + cageLines);
        String rules = root.sh("cat /usr/lib/udev/rules.d/70-cccd-kiosk.rules").output();
        List<String> ruleLines = rules.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(2, ruleLines.size(), "udev rules for the printer and the serial scanners:\n" + rules);
        for (String rule : ruleLines) {
            // KEY=="value" or KEY="value" pairs separated by commas: what udev accepts
            assertTrue(rule.matches("\\s*[A-Z]+(\\{[a-z_]+\\})?\\s*(==|!=|\\+?=)\\s*\"[^\"]*\"(\\s*,\\s*[A-Z]+(\\{[a-z_]+\\})?\\s*(==|!=|\\+?=)\\s*\"[^\"]*\")*\\s*"),
                    "a well-formed udev rule: " + rule);
        }
        assertTrue(rules.contains("GROUP=\"lp\"") && rules.contains("GROUP=\"dialout\""), rules);
        if (root.sh("udevadm verify --help >/dev/null 2>&1").ok()) {
            ThrowawayRoot.Result verified = root.sh("udevadm verify /usr/lib/udev/rules.d/70-cccd-kiosk.rules");
            assertTrue(verified.ok(), "udevadm verify:\n" + verified.output());
        }
    }

    @Test
    @Order(6)
    void installedKioskStartsHeadlessAsItsUser() throws Exception {
        // -Xshare:on: the JVM refuses to start when the AppCDS archive cannot be used, so a welcome
        // screen here proves the archive made at package time fits the installed class path
        ThrowawayRoot.Result smoke = root.asKiosk("CCCD_KIOSK_JAVA_OPTS=-Xshare:on cccd-kiosk --headless --smoke --no-voice",
                KIOSK_RUN);
        Matcher welcome = WELCOME.matcher(smoke.output());
        assertTrue(smoke.ok() && welcome.find(), "the installed kiosk reaches its welcome screen:\n" + smoke.output());
        System.out.println("InstallLifecycleIT: installed kiosk, " + welcome.group());
        // nothing unpacked into the kiosk's home (= its data folder) at start-up
        assertEquals("", root.sh("ls -A /var/lib/cccd-kiosk").output().trim(), "the data folder stays empty in the demo");
    }

    @Test
    @Order(7)
    void logsGoToVarLogForTheAdmGroup() throws Exception {
        ThrowawayRoot.Result run = root.asKiosk("CCCD_KIOSK_LOGGING=/etc/cccd-kiosk/logging.properties "
                + "cccd-kiosk --headless --smoke --no-voice", KIOSK_RUN);
        assertTrue(run.ok(), run.output());
        assertEquals("cccd-kiosk:adm 640", stat("/var/log/cccd-kiosk/kiosk.0.log"),
                "the log file, readable by adm, not by others");
    }

    @Test
    @Order(8)
    void citizenVisitOnTheInstalledRuntime() throws Exception {
        ThrowawayRoot.Result visit = root.asKiosk("/opt/cccd-kiosk/runtime/bin/java -Xshare:auto"
                + " -Dorg.sqlite.lib.path=/opt/cccd-kiosk/lib -Dorg.sqlite.lib.name=libsqlitejdbc.so"
                + " -cp /opt/cccd-kiosk/lib/kiosk-app.jar:/mnt/test-classes " + DemoVisit.class.getName(), KIOSK_RUN);
        assertTrue(visit.ok(), "a demo visit on the installed runtime:\n" + visit.output());
        for (String fact : List.of("card read (notary, clone-checked)", "forged card refused", "clinic ticket submitted")) {
            assertTrue(visit.output().contains(fact), fact + ":\n" + visit.output());
        }
        System.out.println("InstallLifecycleIT: " + visit.output().lines()
                .filter(l -> l.startsWith("card read")).collect(Collectors.joining("; ")));
    }

    @Test
    @Order(9)
    void pinHashCommand() throws Exception {
        ThrowawayRoot.Result hash = root.sh("echo 13572468 | cccd-kiosk pin-hash");
        assertTrue(hash.ok() && hash.output().lines().anyMatch(l -> l.startsWith("operator.pin=pbkdf2-sha256:")),
                "cccd-kiosk pin-hash prints a config line:\n" + hash.output());
    }

    @Test
    @Order(10)
    void tellsSystemdWhenReadyAndWhileAlive() throws Exception {
        // a stand-in for systemd's notification socket; the kiosk as the unit runs it, minus cage
        String script = "mkdir -p /run/notify-test && rm -f /run/notify-test/messages"
                + " && (perl /mnt/test-classes/notify-listener.pl /run/notify-test/socket /run/notify-test/messages 170"
                + "     > /run/notify-test/listener.log 2>&1 & echo $! > /run/notify-test/listener)"
                + " && sleep 1"
                + " && (timeout 160 setpriv --reuid=cccd-kiosk --regid=cccd-kiosk --init-groups --reset-env env"
                + "     NOTIFY_SOCKET=/run/notify-test/socket WATCHDOG_USEC=1500000 cccd-kiosk --headless --no-voice"
                + "     > /run/notify-test/kiosk.log 2>&1 & echo $! > /run/notify-test/pid)"
                + " && for i in $(seq 1 300); do"
                + "      [ \"$(grep -c '^WATCHDOG=1$' /run/notify-test/messages 2>/dev/null)\" -ge 3 ] && break; sleep 0.5; done;"
                + " kill $(cat /run/notify-test/pid) 2>/dev/null;"
                + " for i in $(seq 1 60); do ps -eo stat=,args= | grep -v '^Z' | grep -q '[s]d-notify-relay' || break;"
                + "     sleep 0.5; done;"
                + " kill $(cat /run/notify-test/listener);"
                + " echo '--- messages'; cat /run/notify-test/messages; echo '--- kiosk'; tail -5 /run/notify-test/kiosk.log;"
                + " echo '--- relays left'; ps -eo stat=,args= | grep -v '^Z' | grep -c '[s]d-notify-relay';"
                + " ps -eo pid,ppid,stat,args";
        String output = root.sh(script, Duration.ofMinutes(4)).output();
        List<String> messages = section(output, "--- messages", "--- kiosk");
        assertFalse(messages.isEmpty(), "systemd was told something:\n" + output);
        assertEquals("READY=1", messages.get(0), "READY=1 first, once the window shows:\n" + output);
        assertTrue(messages.contains("STATUS=welcome screen up"), output);
        assertTrue(messages.stream().filter("WATCHDOG=1"::equals).count() >= 3, "watchdog pings:\n" + output);
        assertEquals(1, messages.stream().filter("READY=1"::equals).count(), "READY=1 once");
        assertEquals("0", section(output, "--- relays left", null).get(0), "the relay ends with the kiosk:\n" + output);
    }

    @Test
    @Order(11)
    void sessionUnderCage() throws Exception {
        if (!root.sh("command -v cage && command -v Xwayland").ok()) {
            String why = "cage or Xwayland is not installed on this machine (apt-get install cage xwayland)";
            if (ci) {
                fail(why);
            }
            Assumptions.abort(why + "; skipping the session test");
        }
        // what systemd's RuntimeDirectory= and CacheDirectory= would make
        root.sh("install -d -o cccd-kiosk -g cccd-kiosk -m 0700 /run/cccd-kiosk /var/cache/cccd-kiosk");
        // the unit's session, with wlroots' headless backend instead of a screen and seatd
        ThrowawayRoot.Result session = root.asKiosk("WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1"
                + " /opt/cccd-kiosk/bin/kiosk-session --smoke --no-voice", KIOSK_RUN);
        Matcher welcome = WELCOME.matcher(session.output());
        assertTrue(welcome.find(), "the kiosk comes up inside cage:\n" + session.output());
        assertFalse(session.output().contains("running off-screen"),
                "on cage's display (Xwayland), not off-screen:\n" + session.output());
        System.out.println("InstallLifecycleIT: under cage + Xwayland (GTK glass), " + welcome.group());
    }

    @Test
    @Order(12)
    void upgradeKeepsConfigurationAndOutbox() throws Exception {
        String config = "# edited by the operator\nkiosk.id=KIOSK-TEST-07\n";
        String outbox = "not really SQLite, but the citizen's data as far as dpkg knows";
        writeInRoot("/etc/cccd-kiosk/kiosk.properties", config, "root:cccd-kiosk", "640");
        writeInRoot("/var/lib/cccd-kiosk/outbox.db", outbox, "cccd-kiosk:cccd-kiosk", "600");
        writeInRoot("/var/lib/cccd-kiosk/outbox.key", "key", "cccd-kiosk:cccd-kiosk", "600");
        assertTrue(root.sh("echo '# the operator keeps a debug level here' >> /etc/cccd-kiosk/logging.properties").ok());
        String editedLogging = root.sh("cat /etc/cccd-kiosk/logging.properties").output();

        String newer = debVersion + "+lifecycle1";
        Path upgrade = rebuildWithVersion(newer);
        assertTrue(hostResult("dpkg --compare-versions '" + newer + "' gt '" + debVersion + "'").ok());
        ThrowawayRoot.Result install = root.sh("dpkg -i --force-confold " + forceDepends() + inRoot(upgrade));
        assertTrue(install.ok(), "the upgrade installs:\n" + install.output());
        assertEquals("install ok installed " + newer,
                root.sh("dpkg-query -W -f='${Status} ${Version}' " + PACKAGE).output().trim());

        assertEquals(config, root.sh("cat /etc/cccd-kiosk/kiosk.properties").output(), "configuration kept");
        assertEquals(editedLogging, root.sh("cat /etc/cccd-kiosk/logging.properties").output(), "edited conffile kept");
        assertEquals(outbox, root.sh("cat /var/lib/cccd-kiosk/outbox.db").output(), "outbox kept");
        assertEquals("cccd-kiosk:cccd-kiosk 600", stat("/var/lib/cccd-kiosk/outbox.db"));
        assertEquals("root:cccd-kiosk 640", stat("/etc/cccd-kiosk/kiosk.properties"));
        assertEquals("root:cccd-kiosk 750", stat("/etc/cccd-kiosk"));
        assertEquals("cccd-kiosk:cccd-kiosk 700", stat("/var/lib/cccd-kiosk"));
        assertEquals(kioskUid, root.sh("id -u cccd-kiosk").output().trim(), "the same user");

        ThrowawayRoot.Result smoke = root.asKiosk("CCCD_KIOSK_JAVA_OPTS=-Xshare:on cccd-kiosk --headless --smoke --no-voice",
                KIOSK_RUN);
        assertTrue(WELCOME.matcher(smoke.output()).find(), "the upgraded kiosk starts:\n" + smoke.output());
    }

    @Test
    @Order(13)
    void removeTakesTheProgramsAndKeepsTheData() throws Exception {
        ThrowawayRoot.Result remove = root.sh("dpkg -r " + PACKAGE);
        assertTrue(remove.ok(), "dpkg -r:\n" + remove.output());
        assertEquals("deinstall ok config-files", root.sh("dpkg-query -W -f='${Status}' " + PACKAGE).output().trim());
        for (String gone : List.of("/opt/cccd-kiosk", "/usr/bin/cccd-kiosk", "/usr/lib/systemd/system/cccd-kiosk.service",
                "/usr/lib/udev/rules.d/70-cccd-kiosk.rules", "/usr/share/polkit-1/rules.d/60-cccd-kiosk.rules",
                "/usr/share/cccd-kiosk")) {
            assertFalse(exists(gone), gone + " is removed");
        }
        for (String kept : List.of("/etc/cccd-kiosk/kiosk.properties", "/etc/cccd-kiosk/logging.properties",
                "/var/lib/cccd-kiosk/outbox.db", "/var/lib/cccd-kiosk/outbox.key", "/var/log/cccd-kiosk")) {
            assertTrue(exists(kept), kept + " is kept until purge");
        }
        assertTrue(root.sh("getent passwd cccd-kiosk").ok(), "the user stays until purge");
    }

    @Test
    @Order(14)
    void purgeLeavesNothingBehind() throws Exception {
        ThrowawayRoot.Result purge = root.sh("dpkg -P " + PACKAGE);
        assertTrue(purge.ok(), "dpkg -P:\n" + purge.output());
        assertFalse(root.sh("dpkg-query -W " + PACKAGE + " 2>/dev/null").output().contains(PACKAGE),
                "dpkg has forgotten the package");
        for (String gone : List.of("/etc/cccd-kiosk", "/var/lib/cccd-kiosk", "/var/log/cccd-kiosk",
                "/var/cache/cccd-kiosk")) {
            assertFalse(exists(gone), gone + " is purged");
        }
        assertFalse(root.sh("getent passwd cccd-kiosk").ok(), "the user is gone");
        assertFalse(root.sh("getent group cccd-kiosk").ok(), "the group is gone");
        String leftovers = root.sh("find /etc /var /opt /usr/lib /usr/share /usr/bin -name '*cccd-kiosk*' 2>/dev/null; "
                + "find /etc /var /opt /tmp -uid " + kioskUid + " 2>/dev/null").output().trim();
        assertEquals("", leftovers, "no file named after the kiosk, none owned by its old uid " + kioskUid);
    }

    // --- helpers ------------------------------------------------------------------------------

    private String field(String name) throws IOException, InterruptedException {
        return host("dpkg-deb -f " + deb + " " + name).trim();
    }

    private static List<String> packageNames(String relation) {
        List<String> names = new ArrayList<>();
        for (String clause : relation.split(",")) {
            for (String alternative : clause.split("\\|")) {
                String name = alternative.trim().split("[ (]")[0];
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** Dependency clauses of the package that the host (and so the root) does not satisfy. */
    private List<String> unmetDependencies() throws IOException, InterruptedException {
        String depends = field("Depends");
        Set<String> installed = host("dpkg-query -W -f='${Package} ${db:Status-Abbrev}\\n' "
                + String.join(" ", packageNames(depends)) + " 2>/dev/null").lines()
                .filter(line -> line.matches("\\S+ ii.*")).map(line -> line.split(" ")[0])
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String clause : depends.split(",")) {
            if (packageNames(clause).stream().noneMatch(installed::contains)) {
                missing.add(clause.trim());
            }
        }
        return missing;
    }

    private String forceDepends() throws IOException, InterruptedException {
        return unmetDependencies().isEmpty() ? "" : "--force-depends ";
    }

    /** The package again, with only its version changed: an upgrade made of this build. */
    private Path rebuildWithVersion(String version) throws IOException, InterruptedException {
        Path work = target.resolve("it-upgrade");
        hostOk("rm -rf " + work + " && mkdir -p " + work + " && dpkg-deb -R " + deb + " " + work + "/tree"
                + " && sed -i 's/^Version: .*/Version: " + version + "/' " + work + "/tree/DEBIAN/control");
        String name = deb.getFileName().toString().replace(debVersion, version);
        Path upgrade = work.resolve(name);
        hostOk("dpkg-deb --root-owner-group -Znone --build " + work + "/tree " + upgrade + " >/dev/null && rm -rf "
                + work + "/tree");
        return upgrade;
    }

    private String inRoot(Path hostFile) {
        return "/mnt/target/" + target.relativize(hostFile);
    }

    private String stat(String path) throws IOException, InterruptedException {
        return root.sh("stat -c '%U:%G %a' " + path).output().trim();
    }

    private boolean exists(String path) throws IOException, InterruptedException {
        return root.sh("test -e " + path + " || test -L " + path).ok();
    }

    private void writeInRoot(String path, String content, String owner, String mode) throws Exception {
        ThrowawayRoot.Result write = root.sh("printf '%s' " + ThrowawayRoot.quote(content) + " > " + path
                + " && chown " + owner + " " + path + " && chmod " + mode + " " + path);
        assertTrue(write.ok(), write.output());
    }

    private static List<String> section(String output, String start, String end) {
        int from = output.indexOf(start);
        if (from < 0) {
            return List.of();
        }
        String rest = output.substring(from + start.length());
        if (end != null && rest.contains(end)) {
            rest = rest.substring(0, rest.indexOf(end));
        }
        return rest.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static boolean commandExists(String command) throws IOException, InterruptedException {
        return hostResult("command -v " + command + " >/dev/null").ok();
    }

    private static String host(String command) throws IOException, InterruptedException {
        return hostResult(command).output();
    }

    private static void hostOk(String command) throws IOException, InterruptedException {
        ThrowawayRoot.Result result = hostResult(command);
        assertTrue(result.ok(), command + ":\n" + result.output());
    }

    private static ThrowawayRoot.Result hostResult(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new ThrowawayRoot.Result(process.waitFor(), output);
    }
}
