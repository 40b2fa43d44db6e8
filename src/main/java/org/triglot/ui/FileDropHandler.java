package org.triglot.ui;

import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.TransferHandler;
import java.awt.Component;
import java.awt.Container;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.Transferable;
import java.awt.event.ContainerAdapter;
import java.awt.event.ContainerEvent;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Accepts files dropped on the window (one or several versions; their languages decide the columns). Besides Java's
 * file list it reads the {@code text/uri-list} that some Linux file managers offer instead (one {@code file:} URI per
 * line, {@code #} comments), so a drop from those is not silently refused.
 */
final class FileDropHandler extends TransferHandler {
    static final DataFlavor URI_LIST = uriList();
    private final Consumer<List<Path>> onFiles;

    FileDropHandler(Consumer<List<Path>> onFiles) {
        this.onFiles = onFiles;
    }

    private static DataFlavor uriList() {
        try {
            return new DataFlavor("text/uri-list;class=java.lang.String");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean canImport(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor) || support.isDataFlavorSupported(URI_LIST);
    }

    @Override
    public boolean importData(TransferSupport support) {
        if (!canImport(support)) {
            return false;
        }
        try {
            List<Path> paths = support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)
                    ? fromFileList((List<?>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor))
                    : fromUriList((String) support.getTransferable().getTransferData(URI_LIST));
            if (paths.isEmpty()) {
                return false;
            }
            onFiles.accept(paths);
            return true;
        } catch (UnsupportedFlavorException | IOException | ClassCastException e) {
            return false;
        }
    }

    /**
     * Makes files dropped anywhere in {@code root} reach the window's handler. A component with a transfer handler of
     * its own gets a drop target that wins over the window's, and refuses files: the read-only details pane (a text
     * pane, which takes only text, and only when editable), the table, the flag list. Each such component, now and
     * added later (the details pane is made on first use), gets its handler wrapped in one that passes files on to the
     * nearest {@code FileDropHandler} above it and leaves everything else (copy, text drops) to its own.
     */
    static void passFilesOnIn(Component root) {
        if (root instanceof JComponent c) {
            TransferHandler own = c.getTransferHandler();
            if (own != null && !(own instanceof FileDropHandler) && !(own instanceof PassingFilesOn)) {
                c.setTransferHandler(new PassingFilesOn(own));
            }
        }
        if (root instanceof Container box) {
            if (!(box instanceof JComponent jc) || jc.getClientProperty(PassingFilesOn.class) == null) {
                if (box instanceof JComponent jc) {
                    jc.putClientProperty(PassingFilesOn.class, Boolean.TRUE);
                }
                box.addContainerListener(new ContainerAdapter() {
                    @Override
                    public void componentAdded(ContainerEvent e) {
                        passFilesOnIn(e.getChild());
                    }
                });
            }
            for (Component child : box.getComponents()) {
                passFilesOnIn(child);
            }
        }
    }

    /** Whether the transfer offers files (a file list or a uri list). */
    static boolean offersFiles(TransferSupport support) {
        return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor) || support.isDataFlavorSupported(URI_LIST);
    }

    /** The FileDropHandler of the nearest container above {@code c} that has one (the window's), or null. */
    static FileDropHandler above(Component c) {
        for (Container p = c.getParent(); p != null; p = p.getParent()) {
            TransferHandler h = p instanceof JComponent jc ? jc.getTransferHandler()
                    : p instanceof JFrame f ? f.getTransferHandler() : null;
            if (h instanceof FileDropHandler fd) {
                return fd;
            }
        }
        return null;
    }

    /** A component's own transfer handler, except that files go to the window's {@link FileDropHandler}. */
    static final class PassingFilesOn extends TransferHandler {
        private final TransferHandler own;

        PassingFilesOn(TransferHandler own) {
            this.own = own;
        }

        TransferHandler own() {
            return own;
        }

        @Override
        public boolean canImport(TransferSupport support) {
            if (offersFiles(support)) {
                FileDropHandler window = above(support.getComponent());
                if (window != null) {
                    return window.canImport(support);
                }
            }
            return own.canImport(support);
        }

        @Override
        public boolean importData(TransferSupport support) {
            if (offersFiles(support)) {
                FileDropHandler window = above(support.getComponent());
                if (window != null) {
                    return window.importData(support);
                }
            }
            return own.importData(support);
        }

        @Override
        public int getSourceActions(JComponent c) {
            return own.getSourceActions(c) & COPY; // a drag only copies (see createTransferable); cut still moves
        }

        @Override
        public void exportToClipboard(JComponent comp, Clipboard clip, int action) {
            own.exportToClipboard(comp, clip, action);
        }

        @Override
        public Icon getVisualRepresentation(Transferable t) {
            return own.getVisualRepresentation(t);
        }

        /**
         * What a drag out of the component carries: the own handler's createTransferable is protected, so it is asked
         * through its public copy to a private clipboard (a copy, never a move: nothing is removed from the source).
         */
        @Override
        protected Transferable createTransferable(JComponent c) {
            Clipboard scratch = new Clipboard("drag");
            own.exportToClipboard(c, scratch, COPY);
            return scratch.getContents(null);
        }
    }

    private static List<Path> fromFileList(List<?> files) {
        List<Path> paths = new ArrayList<>();
        for (Object f : files) {
            paths.add(((File) f).toPath());
        }
        return paths;
    }

    /** The local files of a text/uri-list; other schemes (http: from a browser) are skipped. */
    static List<Path> fromUriList(String list) {
        List<Path> paths = new ArrayList<>();
        for (String line : list.split("\r?\n")) {
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            try {
                URI uri = new URI(s);
                if ("file".equalsIgnoreCase(uri.getScheme())) {
                    paths.add(Path.of(uri));
                }
            } catch (Exception e) {
                // not a URI we can open: skip it, the others still count
            }
        }
        return paths;
    }
}
