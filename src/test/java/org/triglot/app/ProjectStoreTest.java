package org.triglot.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triglot.export.ExportFixture;
import org.triglot.model.Comparison;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreTest {
    @TempDir
    Path dir;

    private final Comparison c = ExportFixture.comparison();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-04-28T09:00:00Z"));

    /** A store for the run {@code run}, where only the runs in {@code alive} are still going. */
    private ProjectStore store(String run, Set<String> alive) {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        return new ProjectStore(dir.resolve("home"), run, alive::contains, clock);
    }

    @Test
    void anAutosaveOfACrashedRunIsOfferedRecoveredEqualAndDiscarded() throws Exception {
        Path project = dir.resolve("会谈 встреча.triglot");
        ProjectStore crashed = store("run-1", Set.of("run-1"));
        crashed.autosave("a1", c, project);
        assertThat(crashed.recoverable()).as("a run does not recover from itself").isEmpty();

        ProjectStore next = store("run-2", Set.of("run-2"));
        List<Autosave> offer = next.recoverable();
        assertThat(offer).hasSize(1);
        Autosave a = offer.get(0);
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.project()).contains(project.toAbsolutePath().normalize());
        assertThat(a.savedAt()).isEqualTo(now.get());
        assertThat(a.title()).isEqualTo("Chinese MFA · Chinese (Taiwan copy) · Russian MID · English <MFA>");
        assertThat(a.recoverable()).isTrue();
        assertThat(next.recover(a)).isEqualTo(c);

        next.discard("a1");
        assertThat(next.recoverable()).isEmpty();
        try (var files = Files.list(dir.resolve("home/autosave"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void autosavesOfAnotherOpenWindowAreNotOffered() throws Exception {
        store("run-1", Set.of("run-1", "run-2")).autosave("a1", c, null);
        assertThat(store("run-2", Set.of("run-1", "run-2")).recoverable()).isEmpty();
        List<Autosave> later = store("run-3", Set.of("run-3")).recoverable();
        assertThat(later).hasSize(1);
        assertThat(later.get(0).project()).isEmpty();
    }

    @Test
    void aCleanExitDiscardsOnlyThisRunsAutosaves() throws Exception {
        store("run-1", Set.of()).autosave("left", c, null);
        ProjectStore mine = store("run-2", Set.of());
        mine.autosave("tab1", c, null);
        mine.autosave("tab2", c, dir.resolve("p.triglot"));
        mine.discardThisRun();
        assertThat(mine.recoverable()).extracting(Autosave::id).containsExactly("left");
        try (var files = Files.list(dir.resolve("home/autosave"))) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("left.triglot", "left.properties");
        }
    }

    @Test
    void anAutosaveIsRewrittenInPlaceAndTheNewestIsOfferedFirst() throws Exception {
        ProjectStore crashed = store("run-1", Set.of());
        crashed.autosave("older", c, null);
        now.set(now.get().plusSeconds(60));
        crashed.autosave("newer", c, null);
        now.set(now.get().plusSeconds(60));
        Comparison edited = new Comparison(c.versions(), c.labels(), c.units(), c.rows(), List.of(), c.reviewed());
        crashed.autosave("older", edited, null);
        List<Autosave> offer = store("run-2", Set.of()).recoverable();
        assertThat(offer).extracting(Autosave::id).containsExactly("older", "newer");
        assertThat(store("run-2", Set.of()).recover(offer.get(0))).isEqualTo(edited);
    }

    @Test
    void aDamagedAutosaveIsReportedAndKept() throws Exception {
        store("run-1", Set.of()).autosave("broken", c, null);
        Path data = dir.resolve("home/autosave/broken.triglot");
        Files.writeString(data, "{\"schema\": \"triglot-comparison\", \"versi", StandardCharsets.UTF_8);
        ProjectStore next = store("run-2", Set.of());
        List<Autosave> offer = next.recoverable();
        assertThat(offer).hasSize(1);
        assertThat(offer.get(0).recoverable()).isFalse();
        assertThat(offer.get(0).problem().orElseThrow()).contains("is damaged").contains("not valid JSON").contains("it is kept");
        assertThatThrownBy(() -> next.recover(offer.get(0))).isInstanceOf(StoreException.class)
                .hasMessageContaining("is damaged")
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("store.badAutosave"));
        assertThat(data).exists();
        assertThat(next.recoverable()).hasSize(1);
    }

    @Test
    void anAutosaveWithoutItsNoteIsStillOfferedAndANoteWithoutDataIsReported() throws Exception {
        store("run-1", Set.of()).autosave("orphan", c, null);
        Files.delete(dir.resolve("home/autosave/orphan.properties"));
        store("run-1", Set.of()).autosave("lost", c, null);
        Files.delete(dir.resolve("home/autosave/lost.triglot"));
        List<Autosave> offer = store("run-2", Set.of()).recoverable();
        assertThat(offer).extracting(Autosave::id).containsExactlyInAnyOrder("orphan", "lost");
        Autosave orphan = offer.stream().filter(a -> a.id().equals("orphan")).findFirst().orElseThrow();
        assertThat(orphan.recoverable()).isTrue();
        assertThat(orphan.title()).startsWith("Chinese MFA");
        Autosave lost = offer.stream().filter(a -> a.id().equals("lost")).findFirst().orElseThrow();
        assertThat(lost.problem().orElseThrow()).contains("has lost its comparison file");
    }

    @Test
    void anIdThatIsNotAPlainNameIsRefused() {
        ProjectStore s = store("run-1", Set.of());
        assertThatThrownBy(() -> s.autosave("../x", c, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not an autosave id");
        assertThat(ProjectStore.newAutosaveId()).matches("[A-Za-z0-9_-]{1,64}");
    }

    @Test
    void anAutosaveThatCannotBeWrittenSaysWhere() throws Exception {
        Files.writeString(dir.resolve("home"), "a file where the folder should be", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> store("run-1", Set.of()).autosave("a1", c, null)).isInstanceOf(StoreException.class)
                .hasMessageContaining("could not autosave")
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("store.write"));
    }

    @Test
    void recentProjectsAreMostRecentFirstOnceEachAtMostTenAndOnlyThoseThatExist() throws Exception {
        ProjectStore s = store("run-1", Set.of());
        assertThat(s.recentProjects()).isEmpty();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path f = dir.resolve(i % 2 == 0 ? "会谈-" + i + ".triglot" : "встреча-" + i + ".triglot");
            Files.writeString(f, "{}", StandardCharsets.UTF_8);
            files.add(f);
            s.addRecent(f);
        }
        s.addRecent(files.get(5));
        List<Path> recent = s.recentProjects();
        assertThat(recent).hasSize(10);
        assertThat(recent.get(0)).isEqualTo(files.get(5).toAbsolutePath().normalize());
        assertThat(recent.subList(1, 10)).containsExactly(files.get(11), files.get(10), files.get(9), files.get(8),
                files.get(7), files.get(6), files.get(4), files.get(3), files.get(2));
        Files.delete(files.get(9));
        assertThat(s.recentProjects()).hasSize(9).doesNotContain(files.get(9));
        String text = Files.readString(dir.resolve("home/recent.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("会谈-10.triglot").contains("встреча-11.triglot");
        // The list survives the run.
        assertThat(store("run-2", Set.of()).recentProjects()).isEqualTo(s.recentProjects());
    }

    @Test
    void aRecentListThatIsNotUtf8IsReportedWithWhatToDo() throws Exception {
        Files.createDirectories(dir.resolve("home"));
        Files.write(dir.resolve("home/recent.txt"), new byte[]{(byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> store("run-1", Set.of()).recentProjects()).isInstanceOf(StoreException.class)
                .hasMessageContaining("is not UTF-8; delete it")
                .satisfies(e -> assertThat(((StoreException) e).key()).isEqualTo("store.recentNotUtf8"));
    }

    @Test
    void theHomeIsTheSystemPropertyElseDotTriglot() {
        String old = System.getProperty("triglot.home");
        try {
            System.setProperty("triglot.home", dir.resolve("elsewhere").toString());
            assertThat(ProjectStore.defaultHome()).isEqualTo(dir.resolve("elsewhere"));
            assertThat(ProjectStore.standard().home()).isEqualTo(dir.resolve("elsewhere").toAbsolutePath().normalize());
            System.clearProperty("triglot.home");
            assertThat(ProjectStore.defaultHome()).isEqualTo(Path.of(System.getProperty("user.home"), ".triglot"));
        } finally {
            if (old == null) {
                System.clearProperty("triglot.home");
            } else {
                System.setProperty("triglot.home", old);
            }
        }
    }

    @Test
    void thisProcessCountsAsRunningAndADeadOneDoesNot() throws Exception {
        // The real run check: this process's own autosave is not offered to a store of this process.
        ProjectStore real = new ProjectStore(dir.resolve("real"));
        real.autosave("mine", c, null);
        assertThat(real.recoverable()).isEmpty();
        Path note = dir.resolve("real/autosave/mine.properties");
        String text = Files.readString(note, StandardCharsets.UTF_8);
        Files.writeString(note, text.replaceAll("run=.*", "run=" + Long.MAX_VALUE + "@1"), StandardCharsets.UTF_8);
        assertThat(real.recoverable()).extracting(Autosave::id).containsExactly("mine");
    }
}
