/**
 * Coverage-guided fuzz tests (Jazzer, {@code @FuzzTest}) of every reader-driver parser that sees bytes
 * from a card or a QR code (issue 9, docs/FUZZING.md).
 *
 * <p>The contract each target checks: the parser returns a value, or throws the checked exception it
 * documents ({@link vn.kiosk.reader.error.MalformedDataException} and the rest of the sealed
 * {@link vn.kiosk.reader.error.ReaderException} family; the QR parser never throws at all). Anything else
 * that escapes (a RuntimeException, an Error, a hang past the per-input timeout) is a finding.
 *
 * <p>Under plain {@code mvn test} each target replays its committed inputs in
 * {@code src/test/resources/vn/kiosk/reader/fuzz/<Class>Inputs/<method>/}: the seeds the simulator
 * generated ({@code vn.kiosk.app.fuzz.SeedCorpusGenerator}, kiosk-app) and every crash a fuzzing run found.
 * {@code mvn -Pfuzz} fuzzes for real, one target per JVM.
 */
package vn.kiosk.reader.fuzz;
