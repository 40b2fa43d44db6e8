package org.triglot.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JPanel;
import javax.swing.TransferHandler;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileDropHandlerTest {
    /** A drag source offering one flavour, as a file manager or a browser would. */
    private record Offer(DataFlavor flavor, Object data) implements Transferable {
        public DataFlavor[] getTransferDataFlavors() {
            return new DataFlavor[]{flavor};
        }

        public boolean isDataFlavorSupported(DataFlavor f) {
            return flavor.equals(f);
        }

        public Object getTransferData(DataFlavor f) {
            return data;
        }
    }

    private static List<List<Path>> drop(Transferable t) {
        List<List<Path>> got = new ArrayList<>();
        FileDropHandler h = new FileDropHandler(got::add);
        TransferHandler.TransferSupport s = new TransferHandler.TransferSupport(new JPanel(), t);
        if (h.canImport(s)) {
            h.importData(s);
        }
        return got;
    }

    @Test
    void severalDroppedFilesArriveTogetherInTheirOrder(@TempDir Path dir) throws Exception {
        Path zh = Files.writeString(dir.resolve("中方.txt"), "王毅会见拉夫罗夫。");
        Path ru = Files.writeString(dir.resolve("мид.txt"), "Лавров встретился с Ван И.");
        List<List<Path>> got = drop(new Offer(DataFlavor.javaFileListFlavor, List.<File>of(zh.toFile(), ru.toFile())));
        assertThat(got).containsExactly(List.of(zh, ru));
    }

    @Test
    void aUriListFromALinuxFileManagerIsReadSkippingCommentsAndWebLinks(@TempDir Path dir) throws Exception {
        Path zh = Files.writeString(dir.resolve("中方 readout.txt"), "王毅会见拉夫罗夫。");
        String list = "# dragged from a file manager\r\n" + zh.toUri() + "\r\nhttps://example.org/readout.html\r\n";
        assertThat(drop(new Offer(FileDropHandler.URI_LIST, list))).containsExactly(List.of(zh));
    }

    @Test
    void plainTextOrAListWithoutLocalFilesIsRefusedAndNothingIsOpened() {
        assertThat(drop(new Offer(DataFlavor.stringFlavor, "王毅会见拉夫罗夫。"))).isEmpty();
        assertThat(drop(new Offer(FileDropHandler.URI_LIST, "https://example.org/a.html\n"))).isEmpty();
        assertThat(drop(new Offer(DataFlavor.javaFileListFlavor, List.of()))).isEmpty();
    }
}
