package org.triglot.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.JComponent;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.datatransfer.Clipboard;
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

    @Test
    void filesDroppedOnTheReadOnlyDetailsPaneOrTheTableReachTheWindow(@TempDir Path dir) throws Exception {
        Path zh = Files.writeString(dir.resolve("中方.txt"), "王毅会见拉夫罗夫。");
        Transferable files = new Offer(DataFlavor.javaFileListFlavor, List.of(zh.toFile()));
        JEditorPane bare = new JEditorPane("text/html", "");
        bare.setEditable(false);
        assertThat(bare.getTransferHandler().canImport(new TransferHandler.TransferSupport(bare, files)))
                .as("a read-only text pane refuses files on its own").isFalse();

        List<List<Path>> got = new ArrayList<>();
        JPanel window = new JPanel(new BorderLayout());
        window.setTransferHandler(new FileDropHandler(got::add));
        DetailsPanel details = new DetailsPanel();
        JTable table = new JTable(2, 2);
        window.add(new JScrollPane(table), BorderLayout.CENTER);
        window.add(details, BorderLayout.SOUTH);
        FileDropHandler.passFilesOnIn(window);
        details.clear(); // the details pane is made on first use, after the window was set up
        JEditorPane pane = find(details, JEditorPane.class);

        for (JComponent target : List.of(pane, table)) {
            TransferHandler.TransferSupport s = new TransferHandler.TransferSupport(target, files);
            assertThat(target.getTransferHandler().canImport(s)).as(target.getClass().getSimpleName()).isTrue();
            assertThat(target.getTransferHandler().importData(s)).isTrue();
        }
        assertThat(got).containsExactly(List.of(zh), List.of(zh));
        TransferHandler.TransferSupport text = new TransferHandler.TransferSupport(pane, new Offer(DataFlavor.stringFlavor, "王毅"));
        assertThat(pane.getTransferHandler().canImport(text)).as("text is still the pane's own business (read-only: no)").isFalse();
    }

    @Test
    void copyingFromTheDetailsPaneStillWorksAfterItPassesFilesOn() throws Exception {
        JPanel window = new JPanel(new BorderLayout());
        window.setTransferHandler(new FileDropHandler(p -> { }));
        DetailsPanel details = new DetailsPanel();
        window.add(details);
        FileDropHandler.passFilesOnIn(window);
        details.clear();
        JEditorPane pane = find(details, JEditorPane.class);
        pane.setText("<html><body><p>王毅会见拉夫罗夫</p></body></html>");
        pane.selectAll();
        Clipboard clip = new Clipboard("test");
        pane.getTransferHandler().exportToClipboard(pane, clip, TransferHandler.COPY);
        assertThat((String) clip.getContents(null).getTransferData(DataFlavor.stringFlavor)).contains("王毅会见拉夫罗夫");
    }

    private static <T> T find(Container root, Class<T> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
            if (c instanceof Container box) {
                T t = find(box, type);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
