package org.triglot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WindowJvmTest {
    @Test
    void theBundledOptionsChooseALowPauseCollector() {
        assertThat(WindowJvm.options()).contains("-XX:+UseShenandoahGC").allSatisfy(o -> assertThat(o).startsWith("-").doesNotContain("#"));
    }

    @Test
    void optionsThisJvmDoesNotKnowAreLeftOut() {
        assertThat(WindowJvm.supported("-XX:+UseG1GC")).isTrue();
        assertThat(WindowJvm.supported("-XX:MaxGCPauseMillis=50")).isTrue();
        assertThat(WindowJvm.supported("-XX:+UseTriglotCollector")).isFalse();
        assertThat(WindowJvm.supported("-Dfile.encoding=UTF-8")).isTrue();
    }

    @Test
    void aCollectorOrHeapTheUserChoseIsKeptByNotRelaunching() {
        assertThat(WindowJvm.keepsThisJvm(List.of("-Dfile.encoding=UTF-8", "-Xlog:gc"))).isFalse();
        assertThat(WindowJvm.keepsThisJvm(List.of("-XX:+UseG1GC"))).isTrue();
        assertThat(WindowJvm.keepsThisJvm(List.of("-XX:+UseZGC"))).isTrue();
        assertThat(WindowJvm.keepsThisJvm(List.of("-Xmx2g"))).isTrue();
        assertThat(WindowJvm.keepsThisJvm(List.of("-XX:MaxGCPauseMillis=50"))).isTrue();
        assertThat(WindowJvm.keepsThisJvm(List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"))).isTrue();
    }

    @Test
    void theSecondJvmDoesNotStartAThird() {
        String before = System.getProperty(WindowJvm.CHILD);
        System.setProperty(WindowJvm.CHILD, "true");
        try {
            assertThat(WindowJvm.relaunch(new String[]{"--screenshot", "x.png"})).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(WindowJvm.CHILD);
            } else {
                System.setProperty(WindowJvm.CHILD, before);
            }
        }
    }
}
